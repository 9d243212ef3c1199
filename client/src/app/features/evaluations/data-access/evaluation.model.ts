import type { ImplementationStatus, LocalizedText } from '@ppm/shared';

/*
 * The evaluations API as issue 9 writes it (`/api/v1/evaluations`). The client imports only
 * types from `@ppm/shared` (ADR 7); the few constants it needs are listed here.
 */

/** A text in both working languages; either may still be empty while a draft is written. */
export interface BilingualText {
  readonly en: string;
  readonly ru: string;
}

export const EMPTY_TEXT: BilingualText = { en: '', ru: '' };

export type EvaluationStatus = 'draft' | 'final';

/** A criterion of the assessment; by default the five of the 2015 evaluation. */
export interface Criterion {
  readonly code: string;
  readonly label: LocalizedText;
}

/**
 * The five criteria of the 2015 evaluation, as the reference data names them (a copy: the
 * client takes no values from `@ppm/shared`, ADR 7). The server uses them when none are sent.
 */
export const CRITERIA_2015: readonly Criterion[] = [
  { code: 'relevance', label: { en: 'Relevance', ru: 'Релевантность' } },
  { code: 'impact', label: { en: 'Impact', ru: 'Воздействие' } },
  { code: 'effectiveness', label: { en: 'Effectiveness', ru: 'Результативность' } },
  { code: 'efficiency', label: { en: 'Efficiency', ru: 'Эффективность' } },
  {
    code: 'external_coherence',
    label: { en: 'External coherence', ru: 'Внешняя согласованность' },
  },
];

/** Longest title the server takes (shared's MAX_TITLE_LENGTH). */
export const TITLE_MAX_LENGTH = 500;
/** Longest text of one section in one language (shared's MAX_TEXT_LENGTH). */
export const TEXT_MAX_LENGTH = 10_000;

/** What an evaluation covers besides its cycles; empty lists mean "all". */
export interface EvaluationScope {
  readonly areaCodes?: readonly string[];
  readonly regionCodes?: readonly string[];
  readonly stateCodes?: readonly string[];
}

/** What the evaluation compares with: an earlier cycle, or an earlier evaluation. */
export interface Baseline {
  readonly kind: 'cycle' | 'evaluation';
  readonly id: string;
}

/** A quotation from a state's narrative, with its citation. */
export interface Quote {
  readonly stateCode: string;
  readonly cycleId: string;
  readonly actionCode: string;
  readonly reportVersion?: number;
  readonly text: string;
  readonly lang: string;
  /** What the narrative tells: an achievement, or an obstacle. */
  readonly kind?: 'achievement' | 'obstacle';
}

/** Evidence the evaluator pinned to a finding: a quotation (kept whole, with its citation). */
export type Pin = Quote;

export interface Finding {
  readonly areaCode: string;
  readonly text: BilingualText;
  readonly pins: readonly Pin[];
}

/** The four levels of a rating, best first; their names may be changed per evaluation. */
export const RATING_LEVELS = [4, 3, 2, 1] as const;
export type Rating = (typeof RATING_LEVELS)[number];

export interface Assessment {
  readonly criterionCode: string;
  readonly rating: Rating | null;
  readonly text: BilingualText;
}

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const ADDRESSEES = ['states', 'secretariat', 'donors', 'partners'] as const;
export type Addressee = (typeof ADDRESSEES)[number];

export interface Recommendation {
  readonly text: BilingualText;
  readonly priority: Priority;
  readonly addressee: Addressee;
  readonly areaCodes: readonly string[];
}

/** A finalised version: never changed, always downloadable with `?version=N`. */
export interface FinalVersion {
  readonly number: number;
  readonly finalizedAt: string;
}

/** The right-of-reply window: focal points comment on their own state's passages. */
export interface ReplyWindow {
  readonly open: boolean;
  readonly openedAt?: string;
  readonly closedAt?: string | null;
}

/** An evaluation as the API answers it. */
export interface Evaluation {
  readonly id: string;
  readonly version: number;
  readonly status: EvaluationStatus;
  readonly title: LocalizedText;
  readonly cycleIds: readonly string[];
  readonly criteria: readonly Criterion[];
  readonly scope?: EvaluationScope;
  readonly baseline?: Baseline | null;
  readonly executiveSummary?: BilingualText;
  readonly findings?: readonly Finding[];
  readonly assessments?: readonly Assessment[];
  readonly conclusions?: BilingualText;
  readonly recommendations?: readonly Recommendation[];
  /** Renamed levels of the rating scale, best first (four). */
  readonly ratingLabels?: readonly LocalizedText[];
  readonly finalVersions?: readonly FinalVersion[];
  readonly replyWindow?: ReplyWindow | null;
  readonly updatedAt?: string;
}

/** `POST /evaluations`. */
export interface NewEvaluation {
  readonly title: LocalizedText;
  readonly cycleIds: readonly string[];
  readonly criteria?: readonly Criterion[];
  readonly scope?: EvaluationScope;
  readonly baseline?: Baseline;
}

/** What the evaluator writes: the body of `PATCH /evaluations/:id` (with the version). */
export interface EvaluationTexts {
  readonly executiveSummary: BilingualText;
  readonly findings: readonly Finding[];
  readonly assessments: readonly Assessment[];
  readonly conclusions: BilingualText;
  readonly recommendations: readonly Recommendation[];
}

export type StatusCounts = Readonly<Partial<Record<ImplementationStatus, number>>>;

export interface AreaFigures {
  readonly code: string;
  readonly score: number | null;
  readonly participating: number;
  readonly notParticipating: number;
  readonly byStatus: StatusCounts;
  /** Against the baseline, in points. */
  readonly change?: number | null;
}

export interface ActionFigures {
  readonly code: string;
  readonly score: number | null;
  readonly participating: number;
  readonly notParticipating?: number;
  readonly byStatus?: StatusCounts;
}

export interface ResponseRate {
  readonly cycleId: string;
  readonly expected: number;
  readonly approved: number;
}

/** `GET /evaluations/:id/evidence`: figures from approved reports in scope, and quotations. */
export interface Evidence {
  readonly responseRates: readonly ResponseRate[];
  readonly areas: readonly AreaFigures[];
  readonly actions: readonly ActionFigures[];
  readonly quotes: readonly Quote[];
}

export const REPORT_FORMATS = ['docx', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** One file to download: a format, a language, and a final version (none: the draft). */
export interface ReportFile {
  readonly format: ReportFormat;
  readonly lang: 'en' | 'ru';
  readonly version: number | null;
}

export const HANDLINGS = ['accepted', 'partly_accepted', 'not_accepted', 'noted'] as const;
export type Handling = (typeof HANDLINGS)[number];

/** A focal point's comment in the right of reply. */
export interface Reply {
  readonly id: string;
  readonly stateCode: string;
  /** The passage it is about, e.g. "findings.3" or "summary". */
  readonly section: string;
  readonly text: string;
  readonly createdAt: string;
  readonly handling?: { readonly decision: Handling; readonly note: string } | null;
}
