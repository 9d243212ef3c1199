import type { ActionPlanView, Cycle, Locale, LocalizedText, State } from '@ppm/shared';

import type {
  AreaFigures,
  Evaluation,
  EvaluationStatus,
  Evidence,
  Finding,
  Quote,
} from './evaluation.model';

export type LoadStatus = 'idle' | 'loading' | 'loaded' | 'failed';
export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

const inLocale = (text: LocalizedText, locale: Locale): string => text[locale] || text.en;

/** One line of the list of evaluations. */
export interface EvaluationRow {
  readonly id: string;
  readonly title: string;
  readonly cycles: string;
  readonly status: EvaluationStatus;
  readonly version: number;
  /** The newest final version, if any. */
  readonly lastFinal: number | null;
  readonly updatedAt: string | null;
}

export function toEvaluationRows(
  evaluations: readonly Evaluation[],
  cycles: readonly Cycle[],
  locale: Locale,
): EvaluationRow[] {
  const names = new Map(cycles.map((cycle) => [cycle.id, inLocale(cycle.name, locale)]));
  return evaluations.map((evaluation) => {
    const finals = evaluation.finalVersions ?? [];
    return {
      id: evaluation.id,
      title: inLocale(evaluation.title, locale),
      cycles: evaluation.cycleIds.map((id) => names.get(id) ?? id).join(', '),
      status: evaluation.status,
      version: evaluation.version,
      lastFinal: finals.length ? Math.max(...finals.map((final) => final.number)) : null,
      updatedAt: evaluation.updatedAt ?? null,
    };
  });
}

/** A quotation with the names of its citation in the reader's language. */
export interface QuoteView extends Quote {
  readonly stateName: string;
  readonly cycleName: string;
  readonly pinned: boolean;
}

/** One area's part of the findings: the evaluator's text beside the system's evidence. */
export interface AreaView {
  readonly index: number;
  readonly areaCode: string;
  readonly title: string;
  readonly finding: Finding;
  readonly figures: AreaFigures | null;
  /** Quotations from narratives on the area's actions, pinned ones first. */
  readonly quotes: readonly QuoteView[];
}

export interface Names {
  readonly states: ReadonlyMap<string, string>;
  readonly cycles: ReadonlyMap<string, string>;
  readonly areas: ReadonlyMap<string, string>;
}

export function toNames(
  plan: ActionPlanView | null,
  states: readonly State[],
  cycles: readonly Cycle[],
  locale: Locale,
): Names {
  return {
    states: new Map(states.map((state) => [state.code, inLocale(state.name, locale)])),
    cycles: new Map(cycles.map((cycle) => [cycle.id, inLocale(cycle.name, locale)])),
    areas: new Map((plan?.areas ?? []).map((area) => [area.code, inLocale(area.title, locale)])),
  };
}

const areaOf = (actionCode: string): string => actionCode.slice(0, actionCode.indexOf('.'));

export function quoteView(quote: Quote, names: Names, pinned: boolean): QuoteView {
  return {
    ...quote,
    stateName: names.states.get(quote.stateCode) ?? quote.stateCode,
    cycleName: names.cycles.get(quote.cycleId) ?? quote.cycleId,
    pinned,
  };
}

export const sameQuote = (a: Quote, b: Quote): boolean =>
  a.stateCode === b.stateCode &&
  a.cycleId === b.cycleId &&
  a.actionCode === b.actionCode &&
  a.text === b.text;

export function toAreaViews(
  findings: readonly Finding[],
  evidence: Evidence | null,
  names: Names,
): AreaView[] {
  return findings.map((finding, index) => {
    const offered = (evidence?.quotes ?? []).filter(
      (quote) =>
        areaOf(quote.actionCode) === finding.areaCode &&
        !finding.pins.some((pin) => sameQuote(pin, quote)),
    );
    return {
      index,
      areaCode: finding.areaCode,
      title: names.areas.get(finding.areaCode) ?? finding.areaCode,
      finding,
      figures: evidence?.areas.find((area) => area.code === finding.areaCode) ?? null,
      quotes: [
        ...finding.pins.map((pin) => quoteView(pin, names, true)),
        ...offered.map((quote) => quoteView(quote, names, false)),
      ],
    };
  });
}

/** A line of the response table: how many expected states' reports were approved. */
export interface ResponseRow {
  readonly cycleId: string;
  readonly cycleName: string;
  readonly expected: number;
  readonly approved: number;
  /** Approved as a share of expected, in per cent with one decimal; null when none expected. */
  readonly rate: number | null;
}

export function toResponseRows(evidence: Evidence | null, names: Names): ResponseRow[] {
  return (evidence?.responseRates ?? []).map((row) => ({
    ...row,
    cycleName: names.cycles.get(row.cycleId) ?? row.cycleId,
    rate: row.expected > 0 ? Math.round((row.approved / row.expected) * 1000) / 10 : null,
  }));
}
