import type { StatusCounts } from '../rules/progress.js';
import type { ReportStatus, SupportCategory } from '../reporting/report.schema.js';
import type { Locale, LocalizedText } from '../i18n/locale.js';
import type {
  Assessment,
  Baseline,
  BilingualText,
  EvaluationScope,
  EvaluationStatus,
  Finding,
  QuoteKind,
  RatingLevel,
  Recommendation,
  ReplyOutcome,
  ReplyTarget,
  TeamMember,
} from './evaluation.schema.js';

/** The default names of the four rating levels (an evaluation may rename them). */
export const DEFAULT_RATING_SCALE: RatingLevel[] = [
  { code: 'high', label: { en: 'Good', ru: 'Хорошо' } },
  { code: 'satisfactory', label: { en: 'Satisfactory', ru: 'Удовлетворительно' } },
  { code: 'partial', label: { en: 'Partly satisfactory', ru: 'Частично удовлетворительно' } },
  { code: 'low', label: { en: 'Unsatisfactory', ru: 'Неудовлетворительно' } },
];

export interface PersonRef {
  id: string;
  name: string;
}

export interface FinalVersionInfo {
  number: number;
  /** ISO instant. */
  finalizedAt: string;
  finalizedBy: PersonRef;
}

export interface ReplyWindow {
  /** ISO instant. */
  openedAt: string;
  /** The last day (UTC) on which states may reply. */
  closesOn: string;
  /** ISO instant when it was closed early or by finalising; null while it runs to `closesOn`. */
  closedAt: string | null;
  /** True while focal points may read their passages and reply. */
  open: boolean;
}

/** One evaluation as the API answers it (`GET /evaluations/:id`). */
export interface Evaluation {
  id: string;
  /** Moves on every save; send it back with the next save (409 when stale). */
  version: number;
  /** `final` while the stored text is exactly the last final version; a save makes it a draft again. */
  status: EvaluationStatus;
  title: BilingualText;
  cycleIds: string[];
  criteria: { code: string; label: LocalizedText }[];
  scope: EvaluationScope;
  baseline: Baseline | null;
  team: TeamMember[];
  ratingScale: RatingLevel[];
  executiveSummary: BilingualText;
  introduction: BilingualText;
  findings: Finding[];
  assessments: Assessment[];
  conclusions: BilingualText;
  recommendations: Recommendation[];
  replyWindow: ReplyWindow | null;
  finalVersions: FinalVersionInfo[];
  createdBy: PersonRef;
  createdAt: string;
  updatedAt: string;
}

/** A line of `GET /evaluations`. */
export type EvaluationSummary = Pick<
  Evaluation,
  'id' | 'version' | 'status' | 'title' | 'cycleIds' | 'replyWindow' | 'finalVersions' | 'createdBy' | 'updatedAt'
>;

/** Figures of one group of entries (an area, an action) over the approved reports in scope. */
export interface EvidenceFigures {
  /** Reports (states) that answered about the group at all. */
  reports: number;
  participating: number;
  notParticipating: number;
  /** Entries with neither participation nor status. */
  unanswered: number;
  byStatus: StatusCounts;
  /** The dashboard's score: mean status score of participating entries, % of the top score, one decimal. */
  score: number | null;
  /** The same score over the baseline, and the change in points (one decimal). */
  baselineScore: number | null;
  change: number | null;
}

export interface AreaEvidence extends EvidenceFigures {
  code: string;
}

export interface ActionEvidence extends EvidenceFigures {
  code: string;
  areaCode: string;
}

export interface ResponseRate {
  cycleId: string;
  /** States expected to report in the cycle (within the scope). */
  expected: number;
  /** Of those, states whose report is approved. */
  approved: number;
  byRegion: { regionCode: string; expected: number; approved: number }[];
}

/** A passage of a state's report, with the citation the report prints beside it. */
export interface EvidenceQuote {
  /** `<cycleId>:<stateCode>:<actionCode>:<kind>`. */
  id: string;
  stateCode: string;
  cycleId: string;
  actionCode: string;
  areaCode: string;
  kind: QuoteKind;
  text: string;
  lang: Locale;
  /** The version of the approved report the passage was read from. */
  reportVersion: number;
}

export interface EvaluationEvidence {
  basis: 'approved';
  cycles: { id: string; name: LocalizedText; periodFrom: string; periodTo: string }[];
  /**
   * Figures by area and action are over each state's latest approved report among the cycles in
   * scope (statuses say how far implementation has come, so they are not added across cycles).
   */
  responseRates: ResponseRate[];
  areas: AreaEvidence[];
  actions: ActionEvidence[];
  /** Score of each area in each cycle (that cycle's approved reports only), oldest cycle first. */
  areaTrend: { cycleId: string; areas: { code: string; score: number | null }[] }[];
  coverage: {
    /** Actions no state in scope takes part in. */
    untouchedActions: string[];
    /** The actions with the most participating states, most first (up to ten). */
    widestParticipation: { actionCode: string; states: number }[];
  };
  participationByRegion: {
    regionCode: string;
    states: number;
    participating: number;
    notParticipating: number;
    /** Share of answered entries that take part, % with one decimal; null without answers. */
    rate: number | null;
  }[];
  supportNeeds: {
    byCategory: Record<SupportCategory, number>;
    byArea: { areaCode: string; total: number; byCategory: Record<SupportCategory, number> }[];
  };
  /** Implementation by state and area (annex): each state's latest approved report in scope. */
  states: {
    stateCode: string;
    regionCode: string;
    cycleId: string;
    reportVersion: number;
    areas: { code: string; score: number | null; participating: number }[];
  }[];
  baseline: { kind: 'cycle' | 'evaluation'; id: string; label: LocalizedText } | null;
  quotes: EvidenceQuote[];
  /** All quotations matching the filters; `quotes` holds at most `MAX_EVIDENCE_QUOTES` of them. */
  quotesTotal: number;
}

export const MAX_EVIDENCE_QUOTES = 500;

export interface ReplyHandling {
  outcome: ReplyOutcome;
  note: string;
  by: PersonRef;
  at: string;
}

/** A focal point's comment during the reply window, and how the evaluator handled it. */
export interface EvaluationReply {
  id: string;
  evaluationId: string;
  stateCode: string;
  target: ReplyTarget;
  text: string;
  author: PersonRef;
  createdAt: string;
  handling: ReplyHandling | null;
  version: number;
}

/** What a focal point sees of an evaluation while its reply window is open: its own state only. */
export interface StatePassages {
  evaluationId: string;
  title: BilingualText;
  stateCode: string;
  replyWindow: ReplyWindow;
  /** The state's report in each cycle of the evaluation. */
  response: { cycleId: string; status: ReportStatus | 'not_started'; expected: boolean }[];
  /** The state's implementation by area (its row of the annex), or null without an approved report. */
  figures: EvaluationEvidence['states'][number] | null;
  quotes: EvidenceQuote[];
  /** Findings that pin a quotation of the state, with those quotations. */
  findings: { areaCode: string; text: BilingualText; quotes: EvidenceQuote[] }[];
}

/** A reply window as a focal point finds it (`GET /evaluations/reply-windows`). */
export interface OpenReplyWindow {
  evaluationId: string;
  title: BilingualText;
  closesOn: string;
}
