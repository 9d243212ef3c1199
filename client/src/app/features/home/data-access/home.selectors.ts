import { createSelector } from '@ngrx/store';

import { selectLocale } from '../../../core/i18n';
import { selectRole } from '../../../core/session';
import { selectPlan } from '../../action-plan/data-access';
import { focusCycle } from './focus-cycle';
import { homeFeature } from './home.feature';
import {
  areaProgress,
  evaluationItems,
  latestApprovedData,
  ownReportHome,
  peopleSummary,
  secretariatHome,
  submissionFigures,
} from './home-views';

const {
  selectNow,
  selectCycles,
  selectStates,
  selectReviewList,
  selectOwnReport,
  selectSubmissions,
  selectProgress,
  selectEvaluations,
  selectPeople,
} = homeFeature;

/** The cycle the person's home page is about (see `focusCycle`). */
export const selectFocusCycle = createSelector(selectCycles, selectRole, (cycles, role) =>
  cycles.data && role ? focusCycle(cycles.data, role) : null,
);

const selectNowOrEpoch = createSelector(selectNow, (now) => now ?? new Date(0).toISOString());

export const selectOwnReportHome = createSelector(
  selectCycles,
  selectReviewList,
  selectOwnReport,
  selectFocusCycle,
  selectNowOrEpoch,
  selectLocale,
  selectPlan,
  (cycles, reviewList, ownReport, focus, now, locale, plan) =>
    ownReportHome({ cycles, reviewList, ownReport }, focus, { now, locale, plan }),
);

export const selectSecretariatHome = createSelector(
  selectCycles,
  selectStates,
  selectReviewList,
  selectFocusCycle,
  selectNowOrEpoch,
  selectLocale,
  (cycles, states, reviewList, focus, now, locale) =>
    secretariatHome({ cycles, states, reviewList }, focus, { now, locale }),
);

export const selectSubmissionFigures = createSelector(selectSubmissions, submissionFigures);

export const selectAreaProgress = createSelector(
  selectProgress,
  selectPlan,
  selectLocale,
  areaProgress,
);

export const selectEvaluationItems = createSelector(
  selectEvaluations,
  selectLocale,
  evaluationItems,
);

export const selectApprovedData = createSelector(
  selectCycles,
  selectReviewList,
  selectFocusCycle,
  selectLocale,
  (cycles, reviewList, focus, locale) => latestApprovedData({ cycles, reviewList }, focus, locale),
);

export const selectPeopleSummary = createSelector(selectPeople, peopleSummary);
