import {
  actionArea,
  type AreaEvidence,
  type ActionEvidence,
  type EvaluationEvidence,
  type EvidenceQuote,
  type EvidenceQuery,
  type LocalizedText,
  type QuoteKind,
  SUPPORT_CATEGORIES,
} from '@ppm/shared';
import type { ApprovedCycleData, EntryFacts, ReportFacts } from './approved-data.js';
import { countEntries, emptySupportCounts, roundToTenth, scoreChange, scoreOf } from './figures.js';

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
  cycles: (EvidenceCycle & { data: ApprovedCycleData })[];
  /** Areas in scope, in plan order, with the codes of their actions in scope. */
  areas: { code: string; actionCodes: string[] }[];
  /** States in scope (null: every state). */
  states: Set<string> | null;
  /** Region of each state; regions in reference order. */
  regionOf: Map<string, string>;
  regionOrder: string[];
  baseline: BaselineScores | null;
  quoteFilter?: EvidenceQuery;
  /** At most this many quotations in the answer (all are counted). */
  maxQuotes: number;
}

const inScope = (states: Set<string> | null, stateCode: string) => states === null || states.has(stateCode);

/** Each state's latest approved report among the cycles (newest period wins). */
export function latestReports(input: Pick<EvidenceInput, 'cycles' | 'states'>) {
  const latest = new Map<string, { cycleId: string; report: ReportFacts }>();
  for (const cycle of [...input.cycles].reverse()) {
    for (const report of cycle.data.reports) {
      if (inScope(input.states, report.stateCode) && !latest.has(report.stateCode)) {
        latest.set(report.stateCode, { cycleId: cycle.id, report });
      }
    }
  }
  return [...latest.values()].sort((a, b) => a.report.stateCode.localeCompare(b.report.stateCode));
}

/** Area and action scores over a set of reports, for a baseline or a trend point. */
export function scoresOf(reports: readonly ReportFacts[], areas: EvidenceInput['areas']) {
  const entries = entriesByAction(reports);
  const actions = new Map<string, number | null>();
  const areaScores = new Map<string, number | null>();
  for (const area of areas) {
    const areaEntries: EntryFacts[] = [];
    for (const code of area.actionCodes) {
      const actionEntries = entries.get(code) ?? [];
      actions.set(code, scoreOf(countEntries(actionEntries).byStatus));
      areaEntries.push(...actionEntries);
    }
    areaScores.set(area.code, scoreOf(countEntries(areaEntries).byStatus));
  }
  return { areas: areaScores, actions };
}

function entriesByAction(reports: readonly ReportFacts[]): Map<string, EntryFacts[]> {
  const byAction = new Map<string, EntryFacts[]>();
  for (const report of reports) {
    for (const entry of report.entries) {
      const list = byAction.get(entry.actionCode) ?? [];
      list.push(entry);
      byAction.set(entry.actionCode, list);
    }
  }
  return byAction;
}

function figuresOf(entries: readonly EntryFacts[], reports: number, baselineScore: number | null) {
  const counts = countEntries(entries);
  const score = scoreOf(counts.byStatus);
  return { reports, ...counts, score, baselineScore, change: scoreChange(score, baselineScore) };
}

/** Everything the system computes for an evaluation, from approved reports in scope only. */
export function computeEvidence(input: EvidenceInput): EvaluationEvidence {
  const latest = latestReports(input);
  const latestReportsOnly = latest.map((item) => item.report);
  const byAction = entriesByAction(latestReportsOnly);
  const reportsWith = (codes: Set<string>) =>
    latestReportsOnly.filter((report) => report.entries.some((entry) => codes.has(entry.actionCode))).length;

  const actions: ActionEvidence[] = [];
  const areas: AreaEvidence[] = input.areas.map((area) => {
    const areaEntries: EntryFacts[] = [];
    for (const code of area.actionCodes) {
      const entries = byAction.get(code) ?? [];
      areaEntries.push(...entries);
      actions.push({
        code,
        areaCode: area.code,
        ...figuresOf(entries, reportsWith(new Set([code])), input.baseline?.actions.get(code) ?? null),
      });
    }
    return {
      code: area.code,
      ...figuresOf(areaEntries, reportsWith(new Set(area.actionCodes)), input.baseline?.areas.get(area.code) ?? null),
    };
  });

  return {
    basis: 'approved',
    cycles: input.cycles.map(({ id, name, periodFrom, periodTo }) => ({ id, name, periodFrom, periodTo })),
    responseRates: responseRates(input),
    areas,
    actions,
    areaTrend: input.cycles.map((cycle) => {
      const scores = scoresOf(
        cycle.data.reports.filter((report) => inScope(input.states, report.stateCode)),
        input.areas,
      ).areas;
      return { cycleId: cycle.id, areas: input.areas.map((area) => ({ code: area.code, score: scores.get(area.code) ?? null })) };
    }),
    coverage: coverage(actions),
    participationByRegion: participationByRegion(latestReportsOnly, input),
    supportNeeds: supportNeeds(latestReportsOnly, input.areas),
    states: latest.map(({ cycleId, report }) => {
      const entries = new Map(report.entries.map((entry) => [entry.actionCode, entry]));
      return {
        stateCode: report.stateCode,
        regionCode: input.regionOf.get(report.stateCode) ?? '',
        cycleId,
        reportVersion: report.version,
        areas: input.areas.map((area) => {
          const areaEntries = area.actionCodes.flatMap((code) => entries.get(code) ?? []);
          const counts = countEntries(areaEntries);
          return { code: area.code, score: scoreOf(counts.byStatus), participating: counts.participating };
        }),
      };
    }),
    baseline: input.baseline && { kind: input.baseline.kind, id: input.baseline.id, label: input.baseline.label },
    ...quotesOf(input),
  };
}

function responseRates(input: EvidenceInput): EvaluationEvidence['responseRates'] {
  return input.cycles.map((cycle) => {
    const expected = cycle.expectedStates.filter((state) => inScope(input.states, state));
    const approved = new Set(cycle.data.reports.map((report) => report.stateCode));
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
  const actionsInScope = new Set(input.areas.flatMap((area) => area.actionCodes));
  return input.regionOrder
    .map((regionCode) => {
      const inRegion = reports.filter((report) => input.regionOf.get(report.stateCode) === regionCode);
      const counts = countEntries(
        inRegion.flatMap((report) => report.entries.filter((entry) => actionsInScope.has(entry.actionCode))),
      );
      const answered = counts.participating + counts.notParticipating;
      return {
        regionCode,
        states: inRegion.length,
        participating: counts.participating,
        notParticipating: counts.notParticipating,
        rate: answered === 0 ? null : roundToTenth((counts.participating / answered) * 100),
      };
    })
    .filter((region) => region.states > 0);
}

/** Entries naming each kind of support, over participating entries of the latest reports. */
function supportNeeds(reports: readonly ReportFacts[], areas: EvidenceInput['areas']): EvaluationEvidence['supportNeeds'] {
  const byCategory = emptySupportCounts();
  const byArea = areas.map((area) => {
    const codes = new Set(area.actionCodes);
    const counts = emptySupportCounts();
    let total = 0;
    for (const report of reports) {
      for (const entry of report.entries) {
        if (!codes.has(entry.actionCode) || entry.supportCategories.length === 0) continue;
        total += 1;
        for (const category of entry.supportCategories) {
          counts[category] += 1;
          byCategory[category] += 1;
        }
      }
    }
    return { areaCode: area.code, total, byCategory: counts };
  });
  // Keep the categories in their fixed order whatever was counted first.
  const ordered = Object.fromEntries(SUPPORT_CATEGORIES.map((category) => [category, byCategory[category]]));
  return { byCategory: ordered as EvaluationEvidence['supportNeeds']['byCategory'], byArea };
}

export function quoteId(cycleId: string, stateCode: string, actionCode: string, kind: QuoteKind): string {
  return `${cycleId}:${stateCode}:${actionCode}:${kind}`;
}

/** Every non-empty narrative and obstacle of the approved reports in scope, in plan order. */
export function allQuotes(input: Pick<EvidenceInput, 'cycles' | 'areas' | 'states'>): EvidenceQuote[] {
  const actionOrder = new Map(input.areas.flatMap((area) => area.actionCodes).map((code, index) => [code, index]));
  const quotes: EvidenceQuote[] = [];
  input.cycles.forEach((cycle) => {
    for (const text of cycle.data.texts) {
      if (!actionOrder.has(text.actionCode) || !inScope(input.states, text.stateCode)) continue;
      for (const [kind, written] of [
        ['achievement', text.narrative],
        ['obstacle', text.obstacles],
      ] as const) {
        const trimmed = written.text.trim();
        if (trimmed === '') continue;
        quotes.push({
          id: quoteId(cycle.id, text.stateCode, text.actionCode, kind),
          stateCode: text.stateCode,
          cycleId: cycle.id,
          actionCode: text.actionCode,
          areaCode: actionArea(text.actionCode),
          kind,
          text: trimmed,
          lang: written.lang,
          reportVersion: text.reportVersion,
        });
      }
    }
  });
  const cycleOrder = new Map(input.cycles.map((cycle, index) => [cycle.id, index]));
  return quotes.sort(
    (a, b) =>
      actionOrder.get(a.actionCode)! - actionOrder.get(b.actionCode)! ||
      a.stateCode.localeCompare(b.stateCode) ||
      cycleOrder.get(a.cycleId)! - cycleOrder.get(b.cycleId)! ||
      a.kind.localeCompare(b.kind),
  );
}

function quotesOf(input: EvidenceInput): Pick<EvaluationEvidence, 'quotes' | 'quotesTotal'> {
  const filter = input.quoteFilter ?? {};
  const matching = allQuotes(input).filter(
    (quote) =>
      (filter.areaCode === undefined || quote.areaCode === filter.areaCode) &&
      (filter.stateCode === undefined || quote.stateCode === filter.stateCode) &&
      (filter.cycleId === undefined || quote.cycleId === filter.cycleId) &&
      (filter.kind === undefined || quote.kind === filter.kind),
  );
  return { quotes: matching.slice(0, input.maxQuotes), quotesTotal: matching.length };
}
