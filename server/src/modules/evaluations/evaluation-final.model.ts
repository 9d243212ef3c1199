import type { EvaluationEvidence } from '@ppm/shared';
import mongoose from 'mongoose';
import type { EvaluationContent } from './evaluation.model.js';
import type { ReportReference } from './evidence/report-reference.js';

/**
 * Final version N of an evaluation, `_id` "<evaluation id>:<N>", never changed: the evaluator's
 * text and everything the report was made from (figures, pinned quotations, names), so that
 * `?version=N` generates the same document whatever happens to the data later.
 */
const evaluationFinalSchema = new mongoose.Schema(
  {
    _id: { type: String, required: true },
    evaluationId: { type: mongoose.Schema.Types.ObjectId, required: true },
    number: { type: Number, required: true },
    finalizedAt: { type: Date, required: true },
    finalizedBy: { type: mongoose.Schema.Types.Mixed, required: true },
    content: { type: mongoose.Schema.Types.Mixed, required: true },
    data: { type: mongoose.Schema.Types.Mixed, required: true },
    /** When it was stored: a claim no evaluation ever moved to is taken over after a while (ADR 12). */
    claimedAt: { type: Date, required: true },
  },
  { versionKey: false, minimize: false },
);

export const EvaluationFinalModel = mongoose.model('EvaluationFinal', evaluationFinalSchema, 'evaluation_finals');

/** What a report is generated from: the same for a draft (read now) and a final version (stored). */
export interface ReportData {
  evidence: EvaluationEvidence;
  reference: ReportReference;
  /** States that replied during the reply window (the methodology says how many). */
  repliedStates: string[];
  /** Whether a reply window was opened before this report. */
  replyWindowOpened: boolean;
  /** States expected in one of the cycles and within the scope, alphabetical. */
  statesCovered: string[];
}

export interface StoredFinal {
  _id: string;
  evaluationId: mongoose.Types.ObjectId;
  number: number;
  finalizedAt: Date;
  finalizedBy: { id: string; name: string };
  content: Omit<EvaluationContent, 'cycleIds'> & { cycleIds: string[] };
  data: ReportData;
  claimedAt: Date;
}

export function finalId(evaluationId: string, number: number): string {
  return `${evaluationId}:${number}`;
}
