import {
  emptyStatusCounts,
  progressGroups,
  supportNeeds,
  type GroupFigures,
  type ReportFacts,
} from '@ppm/shared/rules';
import {
  actionArea,
  type AreaEvidence,
  type ActionEvidence,
  type EvaluationEvidence,
  type EvidenceQuote,
  type EvidenceQuery,
  type LocalizedText,
  type QuoteKind,
} from '@ppm/shared';
import type { EntryTexts } from './approved-data.js';
import { figuresBy, onlyActions, roundToTenth, scoreChange } from './figures.js';

export interface EvidenceCycle {
  id: string;
  name: LocalizedText;
  periodFrom: string;
  periodTo: string;
  expectedStates: string[];
}

/** What the figures are compared with: scores by area and action code. */
export interface BaselineScores {
  kind: 'cycle' | 'evaluation';
  id: string;
  label: LocalizedText;
  areas: Map<string, number | null>;
  actions: Map<string, number | null>;
}

export interface EvidenceInput {
  /** The cycles of the evaluation, oldest period first, each with its approved reports. */
  cycles: (EvidenceCycle & { reports: ReportFacts[] })[];
  /** Areas in scope, in plan order, with the codes of their actions in scope. */
  areas: { code: string; actionCodes: string[] }[];
  /** States in scope (null: every state). */
  states: Set<string> | null;
  /** Region of each state; regions in reference order. */
  regionOf: Map<string, string>;
  regionOrder: string[];
  baseline: BaselineScores | null;
}

/** Texts of approved reports read for quotations, by cycle. */
export interface CycleTexts {
  cycleId: string;
  texts: EntryTexts[];
}

const inScope = (states: Set<string> | null, stateCode: string) => states === null || states.has(stateCode);

/** Each state's latest approved report among the cycles (newest period wins). */
export function latestReports(input: Pick<EvidenceInput, 'cycles' | 'states'>) {
  const latest = new Map<string, { cycleId: string; report: ReportFacts }>();
  for (const cycle of [...input.cycles].reverse()) {
    for (const report of cycle.reports) {
      if (inScope(input.states, report.stateCode) && !latest.has(report.stateCode)) {
        latest.set(report.stateCode, { cycleId: cycle.id, report });
      }
    }
  }
  return [...latest.values()].sort((a, b) => a.report.stateCode.localeCompare(b.report.stateCode));
}

/** Area and action scores over a set of reports, for a baseline or a trend point. */
export function scoresOf(reports: readonly ReportFacts[], areas: EvidenceInput['areas']) {
  const actionCodes = areas.flatMap((area) => area.actionCodes);
  const scoped = onlyActions(reports, new Set(actionCodes));
  const byArea = figuresBy(
    scoped,
    'area',
    areas.map((area) => area.code),
  );
  const byAction = figuresBy(scoped, 'action', actionCodes);
  return {
    areas: new Map(areas.map((area) => [area.code, byArea.get(area.code)?.score ?? null])),
    actions: new Map(actionCodes.map((code) => [code, byAction.get(code)?.score ?? null])),
  };
}

function figuresOf(group: GroupFigures | undefined, baselineScore: number | null) {
  const score = group?.score ?? null;
  return {
    reports: group?.reports ?? 0,
    participating: group?.participating ?? 0,
    notParticipating: group?.notParticipating ?? 0,
    unanswered: group?.unanswered ?? 0,
    byStatus: group?.byStatus ?? emptyStatusCounts(),
    score,
    baselineScore,
    change: scoreChange(score, baselineScore),
  };
}

/** Everything the system computes for an evaluation, from approved reports in scope only. */
export function computeEvidence(input: EvidenceInput): EvaluationEvidence {
  const actionCodes = input.areas.flatMap((area) => area.actionCodes);
  const areaCodes = input.areas.map((area) => area.code);
  const latest = latestReports(input).map((item) => ({
    ...item,
    report: onlyActions([item.report], new Set(actionCodes))[0]!,
  }));
  const latestReportsOnly = latest.map((item) => item.report);
  const byArea = figuresBy(latestReportsOnly, 'area', areaCodes);
  const byAction = figuresBy(latestReportsOnly, 'action', actionCodes);

  const actions: ActionEvidence[] = input.areas.flatMap((area) =>
    area.actionCodes.map((code) => ({
      code,
      areaCode: area.code,
      ...figuresOf(byAction.get(code), input.baseline?.actions.get(code) ?? null),
    })),
  );
  const areas: AreaEvidence[] = input.areas.map((area) => ({
    code: area.code,
    ...figuresOf(byArea.get(area.code), input.baseline?.areas.get(area.code) ?? null),
  }));

  return {
    basis: 'approved',
    cycles: input.cycles.map(({ id, name, periodFrom, periodTo }) => ({ id, name, periodFrom, periodTo })),
    responseRates: responseRates(input),
    areas,
    actions,
    areaTrend: input.cycles.map((cycle) => {
      const scores = scoresOf(
        cycle.reports.filter((report) => inScope(input.states, report.stateCode)),
        input.areas,
      ).areas;
      return { cycleId: cycle.id, areas: areaCodes.map((code) => ({ code, score: scores.get(code) ?? null })) };
    }),
    coverage: coverage(actions),
    participationByRegion: participationByRegion(latestReportsOnly, input),
    supportNeeds: supportNeeds(latestReportsOnly, areaCodes),
    states: latest.map(({ cycleId, report }) => {
      const figures = figuresBy([report], 'area', areaCodes);
      return {
        stateCode: report.stateCode,
        regionCode: input.regionOf.get(report.stateCode) ?? '',
        cycleId,
        reportVersion: report.version,
        areas: areaCodes.map((code) => ({
          code,
          score: figures.get(code)?.score ?? null,
          participating: figures.get(code)?.participating ?? 0,
        })),
      };
    }),
    baseline: input.baseline && { kind: input.baseline.kind, id: input.baseline.id, label: input.baseline.label },
    quotes: [],
    quotesTotal: 0,
  };
}

function responseRates(input: EvidenceInput): EvaluationEvidence['responseRates'] {
  return input.cycles.map((cycle) => {
    const expected = cycle.expectedStates.filter((state) => inScope(input.states, state));
    const approved = new Set(cycle.reports.map((report) => report.stateCode));
    return {
      cycleId: cycle.id,
      expected: expected.length,
      approved: expected.filter((state) => approved.has(state)).length,
      byRegion: input.regionOrder
        .map((regionCode) => {
          const inRegion = expected.filter((state) => input.regionOf.get(state) === regionCode);
          return {
            regionCode,
            expected: inRegion.length,
            approved: inRegion.filter((state) => approved.has(state)).length,
          };
        })
        .filter((region) => region.expected > 0),
    };
  });
}

function coverage(actions: readonly ActionEvidence[]): EvaluationEvidence['coverage'] {
  return {
    untouchedActions: actions.filter((action) => action.participating === 0).map((action) => action.code),
    widestParticipation: actions
      .filter((action) => action.participating > 0)
      .sort((a, b) => b.participating - a.participating)
      .slice(0, 10)
      .map((action) => ({ actionCode: action.code, states: action.participating })),
  };
}

function participationByRegion(
  reports: readonly ReportFacts[],
  input: EvidenceInput,
): EvaluationEvidence['participationByRegion'] {
  const groups = progressGroups(reports, 'region', { regionOf: (state) => input.regionOf.get(state) });
  const byRegion = new Map(groups.map((group) => [group.key, group]));
  return input.regionOrder.flatMap((regionCode) => {
    const group = byRegion.get(regionCode);
    if (!group) return [];
    const answered = group.participating + group.notParticipating;
    return [
      {
        regionCode,
        states: group.reports,
        participating: group.participating,
        notParticipating: group.notParticipating,
        rate: answered === 0 ? null : roundToTenth((group.participating / answered) * 100),
      },
    ];
  });
}

export function quoteId(cycleId: string, stateCode: string, actionCode: string, kind: QuoteKind): string {
  return `${cycleId}:${stateCode}:${actionCode}:${kind}`;
}

/** Every non-empty narrative and obstacle of the texts, within the scope, in plan order. */
export function quotesFrom(
  cycleTexts: readonly CycleTexts[],
  input: Pick<EvidenceInput, 'cycles' | 'areas' | 'states'>,
): EvidenceQuote[] {
  const actionOrder = new Map(input.areas.flatMap((area) => area.actionCodes).map((code, index) => [code, index]));
  const quotes: EvidenceQuote[] = [];
  for (const { cycleId, texts } of cycleTexts) {
    for (const text of texts) {
      if (!actionOrder.has(text.actionCode) || !inScope(input.states, text.stateCode)) continue;
      for (const [kind, written] of [
        ['achievement', text.narrative],
        ['obstacle', text.obstacles],
      ] as const) {
        const trimmed = written.text.trim();
        if (trimmed === '') continue;
        quotes.push({
          id: quoteId(cycleId, text.stateCode, text.actionCode, kind),
          stateCode: text.stateCode,
          cycleId,
          actionCode: text.actionCode,
          areaCode: actionArea(text.actionCode),
          kind,
          text: trimmed,
          lang: written.lang,
          reportVersion: text.reportVersion,
        });
      }
    }
  }
  const cycleOrder = new Map(input.cycles.map((cycle, index) => [cycle.id, index]));
  return quotes.sort(
    (a, b) =>
      actionOrder.get(a.actionCode)! - actionOrder.get(b.actionCode)! ||
      a.stateCode.localeCompare(b.stateCode) ||
      (cycleOrder.get(a.cycleId) ?? 0) - (cycleOrder.get(b.cycleId) ?? 0) ||
      a.kind.localeCompare(b.kind),
  );
}

/** The quotations matching the filters: at most `max` of them, all counted. */
export function filterQuotes(
  quotes: readonly EvidenceQuote[],
  filter: EvidenceQuery,
  max: number,
): Pick<EvaluationEvidence, 'quotes' | 'quotesTotal'> {
  const matching = quotes.filter(
    (quote) =>
      (filter.areaCode === undefined || quote.areaCode === filter.areaCode) &&
      (filter.stateCode === undefined || quote.stateCode === filter.stateCode) &&
      (filter.cycleId === undefined || quote.cycleId === filter.cycleId) &&
      (filter.kind === undefined || quote.kind === filter.kind),
  );
  return { quotes: matching.slice(0, max), quotesTotal: matching.length };
}
