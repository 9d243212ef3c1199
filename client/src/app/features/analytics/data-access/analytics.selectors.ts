import { createSelector } from '@ngrx/store';

import { selectLocale } from '../../../core/i18n';
import { selectRole } from '../../../core/session';
import {
  selectCycleId,
  selectCycles,
  selectFigure,
  selectOwnStateCode,
  selectPublished,
  selectQuery,
  selectReference,
} from './analytics.feature';
import { toBoardRows } from './board-view';
import { toCoverageMapping, toCoverageView } from './coverage-view';
import { toActionFigures, toEntryViews } from './drill-down-view';
import { cycleOrder } from './figure-requests';
import { toNames } from './names';
import {
  areaScoreChart,
  areaStatusChart,
  figuresStatus,
  isEmptyCycle,
  regionChart,
  reportStatusChart,
  suppressedNames,
  toOverviewKpis,
  trendChart,
} from './overview-view';
import { toPeerActions, toPeerLearning } from './peer-view';
import { comparisonChart, profileTrendChart, toProfileComparison } from './profile-view';

export const selectNames = createSelector(selectReference, selectCycles, selectLocale, toNames);

// One memoised selector per slot: each page reads the answers its filters want.
export const selectSubmissions = selectFigure('submissions');
export const selectPreviousSubmissions = selectFigure('previousSubmissions');
export const selectProgressByArea = selectFigure('progressByArea');
export const selectPreviousProgressByArea = selectFigure('previousProgressByArea');
export const selectProgressByRegion = selectFigure('progressByRegion');
export const selectProgressByAction = selectFigure('progressByAction');
export const selectTrend = selectFigure('trend');
export const selectCoverage = selectFigure('coverage');
export const selectEntries = selectFigure('entries');
export const selectProfile = selectFigure('profile');
export const selectPublicationFigure = selectFigure('publication');

/** The cycles a reader may pick, newest first. */
export const selectCycleOptions = createSelector(selectCycles, selectLocale, (cycles, locale) =>
  cycleOrder(cycles)
    .reverse()
    .map((cycle) => ({ id: cycle.id, name: cycle.name[locale] || cycle.name.en })),
);

export const selectRegionOptions = createSelector(
  selectReference,
  selectLocale,
  (reference, locale) =>
    (reference?.regions ?? [])
      .map((region) => ({ code: region.code, name: region.name[locale] || region.name.en }))
      .sort((a, b) => a.name.localeCompare(b.name)),
);

export const selectAreaOptions = createSelector(selectNames, (names) =>
  names.areaCodes.map((code) => ({ code, name: names.areaShort(code) })),
);

export const selectStateOptions = createSelector(
  selectReference,
  selectLocale,
  (reference, locale) =>
    (reference?.states ?? [])
      .map((state) => ({ code: state.code, name: state.name[locale] || state.name.en }))
      .sort((a, b) => a.name.localeCompare(b.name)),
);

/** The cycle on screen, with whether the Secretariat has published it to every state. */
export const selectCurrentCycle = createSelector(
  selectCycles,
  selectCycleId,
  selectPublished,
  selectPublicationFigure,
  (cycles, cycleId, published, publication) => {
    const cycle = cycles.find((one) => one.id === cycleId);
    if (!cycle) {
      return null;
    }
    return { ...cycle, published: published[cycle.id] ?? publication.data?.published ?? false };
  },
);

export const selectMayPublish = createSelector(
  selectRole,
  selectCurrentCycle,
  (role, cycle) => role === 'secretariat' && cycle?.status === 'closed',
);

/** The KPI cards show once both answers they draw on are in (the score comes from the areas). */
export const selectOverviewKpiStatus = createSelector(
  selectSubmissions,
  selectProgressByArea,
  (a, b) => figuresStatus(a, b),
);
export const selectOverviewKpis = createSelector(
  selectSubmissions,
  selectPreviousSubmissions,
  selectProgressByArea,
  selectPreviousProgressByArea,
  (submissions, previous, byArea, previousByArea) =>
    toOverviewKpis(submissions.data, previous.data, byArea.data, previousByArea.data),
);
export const selectAreaScoreChart = createSelector(
  selectProgressByArea,
  selectNames,
  (figure, names) => areaScoreChart(figure.data, names),
);
export const selectAreaStatusChart = createSelector(
  selectProgressByArea,
  selectNames,
  (figure, names) => areaStatusChart(figure.data, names),
);
export const selectRegionChart = createSelector(
  selectProgressByRegion,
  selectNames,
  (figure, names) => regionChart(figure.data, names),
);
export const selectTrendChart = createSelector(selectTrend, selectNames, (figure, names) =>
  trendChart(figure.data, names),
);
export const selectReportStatusChart = createSelector(selectSubmissions, (figure) =>
  reportStatusChart(figure.data),
);
export const selectHiddenAreas = createSelector(
  selectProgressByArea,
  selectNames,
  (figure, names) => suppressedNames(figure.data, (code) => names.areaShort(code)),
);
export const selectHiddenRegions = createSelector(
  selectProgressByRegion,
  selectNames,
  (figure, names) => suppressedNames(figure.data, (code) => names.region(code)),
);
export const selectIsEmptyCycle = createSelector(
  selectSubmissions,
  selectProgressByArea,
  (submissions, byArea) => isEmptyCycle(submissions.data, byArea.data),
);

export const selectBoardRows = createSelector(
  selectSubmissions,
  selectNames,
  selectQuery,
  (figure, names, query) => toBoardRows(figure.data, names, query.status),
);

export const selectCoverageView = createSelector(selectCoverage, selectNames, (figure, names) =>
  toCoverageView(figure.data, names),
);
export const selectCoverageMapping = createSelector(selectCoverage, selectNames, (figure, names) =>
  toCoverageMapping(figure.data, names),
);

export const selectActionFigures = createSelector(
  selectProgressByAction,
  selectNames,
  selectQuery,
  (figure, names, query) => toActionFigures(figure.data, names, query.areaCode),
);
export const selectEntryViews = createSelector(selectEntries, selectNames, (figure, names) =>
  toEntryViews(figure.data, names),
);

/** The state a profile shows: the URL's, else the reader's own. */
export const selectProfileStateCode = createSelector(
  selectQuery,
  selectOwnStateCode,
  (query, own) => query.stateCode ?? own,
);
export const selectProfileTrendChart = createSelector(selectProfile, selectNames, (figure, names) =>
  profileTrendChart(figure.data, names),
);
export const selectProfileComparison = createSelector(
  selectProfile,
  selectCycleId,
  selectNames,
  (profile, cycleId, names) => toProfileComparison(profile.data, cycleId, names),
);
export const selectComparisonChart = createSelector(selectProfileComparison, comparisonChart);

export const selectPeerActions = createSelector(selectCoverage, selectNames, (figure, names) =>
  toPeerActions(figure.data, names),
);
export const selectPeerLearning = createSelector(selectEntries, selectNames, (figure, names) =>
  toPeerLearning(figure.data, names),
);
