import mongoose from 'mongoose';
import { claim } from '../../platform/database/claims.js';
import { AppError } from '../../platform/http/app-error.js';
import { EvaluationRevisionModel } from './evaluation-revision.model.js';
import { EvaluationModel, type StoredEvaluation } from './evaluation.model.js';

export function notFound(): AppError {
  return AppError.notFound('There is no such evaluation.');
}

/** An evaluation id that is not even shaped like one names nothing: 404, like an unknown one. */
export function evaluationIdParam(value: unknown): string {
  if (typeof value !== 'string' || !mongoose.isObjectIdOrHexString(value)) throw notFound();
  return value;
}

export async function findEvaluation(id: string): Promise<StoredEvaluation> {
  const evaluation = await EvaluationModel.findById(id).lean<StoredEvaluation>();
  if (!evaluation) throw notFound();
  return evaluation;
}

export function staleVersion(currentVersion: number): AppError {
  return AppError.conflict(
    'stale_version',
    'The evaluation was changed since you loaded it. Reload it and make your change again.',
    { currentVersion },
  );
}

/** 409 when the caller based its change on another version than the stored one. */
export function assertVersion(evaluation: StoredEvaluation, version: number | undefined): void {
  if (version !== undefined && version !== evaluation.version) throw staleVersion(evaluation.version);
}

/**
 * One change based on the version read: the next version is claimed by a unique insert first
 * (ADR 12), then the evaluation moves to it if it is still at the version read. A concurrent
 * change makes this one 409 `stale_version`, never lost.
 */
export async function writeEvaluation(
  evaluation: StoredEvaluation,
  changes: Record<string, unknown>,
  now: Date,
): Promise<StoredEvaluation> {
  const next = evaluation.version + 1;
  const claimId = `${String(evaluation._id)}:${next}`;
  const claimed = await claim(EvaluationRevisionModel, { _id: claimId, claimedAt: now }, async () => {
    const current = await EvaluationModel.findById(evaluation._id, { version: 1 }).lean<{ version: number }>();
    return current !== null && current.version < next;
  });
  if (!claimed) throw staleVersion(next);
  const updated = await EvaluationModel.findOneAndUpdate(
    { _id: evaluation._id, version: evaluation.version },
    { $set: { ...changes, updatedAt: now, version: next } },
    { returnDocument: 'after' },
  ).lean<StoredEvaluation>();
  if (!updated) {
    await EvaluationRevisionModel.deleteOne({ _id: claimId });
    throw staleVersion(next);
  }
  return updated;
}
