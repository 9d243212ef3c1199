import type {
  Assessment,
  Baseline,
  BilingualText,
  CreateEvaluationInput,
  Evaluation,
  EvaluationEvidence,
  EvaluationReply,
  EvaluationSummary,
  EvidenceQuote,
  Finding,
  FinalVersionInfo,
  Pin,
  QuoteKind,
  RatingCode,
  RatingLevel,
  Recommendation,
  RecommendationAddressee,
  RecommendationPriority,
  ReplyOutcome,
  ReplyTarget,
  ReplyWindow,
} from '@ppm/shared';

/*
 * The evaluations API (issue 9), typed by `@ppm/shared`. The client imports only types from it
 * (ADR 7): the few lists of codes it needs are copied here and checked against the shared
 * types by `satisfies`.
 */

export type {
  Assessment,
  Baseline,
  BilingualText,
  Evaluation,
  EvaluationEvidence as Evidence,
  EvaluationReply as Reply,
  EvaluationSummary,
  EvidenceQuote,
  Finding,
  FinalVersionInfo as FinalVersion,
  Pin,
  QuoteKind,
  RatingCode,
  RatingLevel,
  Recommendation,
  ReplyOutcome,
  ReplyTarget,
  ReplyWindow,
};

export type NewEvaluation = CreateEvaluationInput;
export type Priority = RecommendationPriority;
export type Addressee = RecommendationAddressee;

export const EMPTY_TEXT: BilingualText = { en: '', ru: '' };

/** The five criteria of 2015, by code; the server names them from the reference data. */
export const CRITERIA_2015 = [
  'relevance',
  'impact',
  'effectiveness',
  'efficiency',
  'external_coherence',
] as const;

/** The four rating levels, best first. */
export const RATING_CODES = [
  'high',
  'satisfactory',
  'partial',
  'low',
] as const satisfies readonly RatingCode[];
export const PRIORITIES = ['high', 'medium', 'low'] as const satisfies readonly Priority[];
export const ADDRESSEES = [
  'states',
  'secretariat',
  'donors',
  'partners',
] as const satisfies readonly Addressee[];
export const HANDLINGS = [
  'accepted',
  'partly_accepted',
  'not_accepted',
  'noted',
] as const satisfies readonly ReplyOutcome[];
export type Handling = ReplyOutcome;

/** Longest title the server takes (shared's MAX_TITLE_LENGTH). */
export const TITLE_MAX_LENGTH = 500;

/** What the evaluator writes: the body of `PATCH /evaluations/:id` besides the version. */
export interface EvaluationTexts {
  readonly executiveSummary: BilingualText;
  readonly findings: readonly Finding[];
  readonly assessments: readonly Assessment[];
  readonly conclusions: BilingualText;
  readonly recommendations: readonly Recommendation[];
}

export const REPORT_FORMATS = ['docx', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** One file to download: a format, a language, and a final version (none: the draft). */
export interface ReportFile {
  readonly format: ReportFormat;
  readonly lang: 'en' | 'ru';
  readonly version: number | null;
}
