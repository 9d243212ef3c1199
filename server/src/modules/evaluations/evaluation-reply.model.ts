import type { ReplyTarget } from '@ppm/shared';
import mongoose, { type Types } from 'mongoose';

/**
 * A focal point's comment on what an evaluation says about its state, written while the reply
 * window is open, and how the evaluator handled it. `version` guards the handling against two
 * evaluators recording at once.
 */
const evaluationReplySchema = new mongoose.Schema(
  {
    evaluationId: { type: mongoose.Schema.Types.ObjectId, required: true },
    stateCode: { type: String, required: true },
    target: { type: mongoose.Schema.Types.Mixed, required: true },
    text: { type: String, required: true },
    author: { type: mongoose.Schema.Types.Mixed, required: true },
    createdAt: { type: Date, required: true },
    handling: { type: mongoose.Schema.Types.Mixed, default: null },
    version: { type: Number, required: true, default: 1 },
  },
  { versionKey: false, minimize: false },
);
evaluationReplySchema.index({ evaluationId: 1, createdAt: 1 });

export const EvaluationReplyModel = mongoose.model('EvaluationReply', evaluationReplySchema, 'evaluation_replies');

export interface StoredReply {
  _id: Types.ObjectId;
  evaluationId: Types.ObjectId;
  stateCode: string;
  target: ReplyTarget;
  text: string;
  author: { id: string; name: string };
  createdAt: Date;
  handling: { outcome: string; note: string; by: { id: string; name: string }; at: Date } | null;
  version: number;
}

/** The states that replied to an evaluation, alphabetical. */
export async function repliedStates(evaluationId: Types.ObjectId | string): Promise<string[]> {
  const replies = await EvaluationReplyModel.find(
    { evaluationId: new mongoose.Types.ObjectId(String(evaluationId)) },
    { stateCode: 1 },
  ).lean<{ stateCode: string }[]>();
  return [...new Set(replies.map((reply) => reply.stateCode))].sort();
}
