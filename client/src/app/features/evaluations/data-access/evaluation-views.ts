import type { ActionPlanView, Cycle, Locale, LocalizedText, State } from '@ppm/shared';

import type { AreaEvidence } from '@ppm/shared';

import type {
  Evaluation,
  EvaluationSummary,
  Evidence,
  EvidenceQuote,
  Finding,
  Pin,
} from './evaluation.model';

export type LoadStatus = 'idle' | 'loading' | 'loaded' | 'failed';
export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

const inLocale = (text: LocalizedText, locale: Locale): string => text[locale] || text.en;

/** One line of the list of evaluations. */
export interface EvaluationRow {
  readonly id: string;
  readonly title: string;
  readonly cycles: string;
  readonly status: Evaluation['status'];
  readonly version: number;
  /** The newest final version, if any. */
  readonly lastFinal: number | null;
  readonly updatedAt: string | null;
}

export function toEvaluationRows(
  evaluations: readonly EvaluationSummary[],
  cycles: readonly Cycle[],
  locale: Locale,
): EvaluationRow[] {
  const names = new Map(cycles.map((cycle) => [cycle.id, inLocale(cycle.name, locale)]));
  return evaluations.map((evaluation) => {
    const finals = evaluation.finalVersions;
    return {
      id: evaluation.id,
      title: inLocale(evaluation.title, locale),
      cycles: evaluation.cycleIds.map((id) => names.get(id) ?? id).join(', '),
      status: evaluation.status,
      version: evaluation.version,
      lastFinal: finals.length ? Math.max(...finals.map((final) => final.number)) : null,
      updatedAt: evaluation.updatedAt,
    };
  });
}

/** A quotation with the names of its citation in the reader's language. */
export interface QuoteView extends EvidenceQuote {
  readonly stateName: string;
  readonly cycleName: string;
  readonly pinned: boolean;
  /** A pin whose quotation the evidence no longer holds (the report changed since). */
  readonly gone: boolean;
}

/** One area's part of the findings: the evaluator's text beside the system's evidence. */
export interface AreaView {
  readonly index: number;
  readonly areaCode: string;
  readonly title: string;
  readonly finding: Finding;
  readonly figures: AreaEvidence | null;
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

/** Whether a pin names this quotation (a pin is the quotation's citation). */
export function sameQuote(pin: Pin, quote: Pin): boolean {
  return (
    pin.cycleId === quote.cycleId &&
    pin.stateCode === quote.stateCode &&
    pin.actionCode === quote.actionCode &&
    pin.kind === quote.kind
  );
}

export function quoteView(quote: EvidenceQuote, names: Names, pinned: boolean): QuoteView {
  return {
    ...quote,
    stateName: names.states.get(quote.stateCode) ?? quote.stateCode,
    cycleName: names.cycles.get(quote.cycleId) ?? quote.cycleId,
    pinned,
    gone: false,
  };
}

/** A pinned quotation as the evidence holds it, or its bare citation when it is gone. */
function pinView(pin: Pin, quotes: readonly EvidenceQuote[], names: Names): QuoteView {
  const quote = quotes.find((candidate) => sameQuote(pin, candidate));
  if (quote) {
    return quoteView(quote, names, true);
  }
  return {
    ...quoteView(
      {
        ...pin,
        id: `${pin.cycleId}:${pin.stateCode}:${pin.actionCode}:${pin.kind}`,
        areaCode: pin.actionCode.slice(0, pin.actionCode.indexOf('.')),
        text: '',
        lang: 'en',
        reportVersion: 0,
      },
      names,
      true,
    ),
    gone: true,
  };
}

export function toAreaViews(
  findings: readonly Finding[],
  evidence: Evidence | null,
  names: Names,
): AreaView[] {
  const quotes = evidence?.quotes ?? [];
  return findings.map((finding, index) => {
    const offered = quotes.filter(
      (quote) =>
        quote.areaCode === finding.areaCode && !finding.pins.some((pin) => sameQuote(pin, quote)),
    );
    return {
      index,
      areaCode: finding.areaCode,
      title: names.areas.get(finding.areaCode) ?? finding.areaCode,
      finding,
      figures: evidence?.areas.find((area) => area.code === finding.areaCode) ?? null,
      quotes: [
        ...finding.pins.map((pin) => pinView(pin, quotes, names)),
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
    cycleId: row.cycleId,
    expected: row.expected,
    approved: row.approved,
    cycleName: names.cycles.get(row.cycleId) ?? row.cycleId,
    rate: row.expected > 0 ? Math.round((row.approved / row.expected) * 1000) / 10 : null,
  }));
}
