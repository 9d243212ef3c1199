import type {
  Assessment,
  Baseline,
  BilingualText,
  EvaluationScope,
  Finding,
  RatingLevel,
  Recommendation,
  TeamMember,
} from '@ppm/shared';
import mongoose, { type Types } from 'mongoose';

const { Mixed } = mongoose.Schema.Types;

/**
 * An evaluation: its scope and the evaluator's texts. Texts and lists are validated by the shared
 * zod schemas at the edge and stored as given (Mixed). `version` moves on every change; a change
 * claims `<id>:<n+1>` in `evaluation_revisions` first (ADR 12), so of two saves based on one
 * version exactly one gets in. Final versions live in `evaluation_finals`, never changed.
 */
const evaluationSchema = new mongoose.Schema(
  {
    title: { type: Mixed, required: true },
    cycleIds: { type: [mongoose.Schema.Types.ObjectId], required: true },
    criteria: { type: Mixed, required: true },
    scope: { type: Mixed, required: true },
    baseline: { type: Mixed, default: null },
    team: { type: Mixed, default: [] },
    ratingScale: { type: Mixed, required: true },
    executiveSummary: { type: Mixed, required: true },
    introduction: { type: Mixed, required: true },
    findings: { type: Mixed, default: [] },
    assessments: { type: Mixed, default: [] },
    conclusions: { type: Mixed, required: true },
    recommendations: { type: Mixed, default: [] },
    replyWindow: { type: Mixed, default: null },
    finalVersions: { type: Mixed, default: [] },
    /** The `version` the evaluation had right after its last finalisation (status "final" while equal). */
    finalizedAtVersion: { type: Number, default: null },
    version: { type: Number, required: true, default: 1 },
    createdBy: { type: Mixed, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false, minimize: false },
);
evaluationSchema.index({ updatedAt: -1 });

export const EvaluationModel = mongoose.model('Evaluation', evaluationSchema, 'evaluations');

export interface StoredReplyWindow {
  openedAt: Date;
  closesOn: string;
  closedAt: Date | null;
}

export interface StoredFinalVersion {
  number: number;
  finalizedAt: Date;
  finalizedBy: { id: string; name: string };
}

/** The evaluator's text and choices: what a final version keeps. */
export interface EvaluationContent {
  title: BilingualText;
  cycleIds: Types.ObjectId[];
  criteria: { code: string; label: { en: string; ru: string } }[];
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
}

export interface StoredEvaluation extends EvaluationContent {
  _id: Types.ObjectId;
  replyWindow: StoredReplyWindow | null;
  finalVersions: StoredFinalVersion[];
  finalizedAtVersion: number | null;
  version: number;
  createdBy: { id: string; name: string };
  createdAt: Date;
  updatedAt: Date;
}

/** The fields of the content, to copy them into a final version. */
export const CONTENT_FIELDS = [
  'title',
  'cycleIds',
  'criteria',
  'scope',
  'baseline',
  'team',
  'ratingScale',
  'executiveSummary',
  'introduction',
  'findings',
  'assessments',
  'conclusions',
  'recommendations',
] as const satisfies readonly (keyof EvaluationContent)[];
