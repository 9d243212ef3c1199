import type { Evaluation, EvaluationSummary, ReplyWindow } from '@ppm/shared';
import type { StoredEvaluation, StoredReplyWindow } from './evaluation.model.js';

/** Whether focal points may read and reply now: not closed, and before the end of `closesOn` (UTC). */
export function replyWindowOpen(window: StoredReplyWindow | null, now: Date): boolean {
  return window !== null && window.closedAt === null && now.toISOString().slice(0, 10) <= window.closesOn;
}

export function toReplyWindowView(window: StoredReplyWindow | null, now: Date): ReplyWindow | null {
  return (
    window && {
      openedAt: window.openedAt.toISOString(),
      closesOn: window.closesOn,
      closedAt: window.closedAt?.toISOString() ?? null,
      open: replyWindowOpen(window, now),
    }
  );
}

export function statusOf(evaluation: StoredEvaluation): Evaluation['status'] {
  return evaluation.finalizedAtVersion === evaluation.version ? 'final' : 'draft';
}

function finalVersions(evaluation: StoredEvaluation): Evaluation['finalVersions'] {
  return evaluation.finalVersions.map((final) => ({
    number: final.number,
    finalizedAt: final.finalizedAt.toISOString(),
    finalizedBy: final.finalizedBy,
  }));
}

export function toEvaluationView(evaluation: StoredEvaluation, now: Date): Evaluation {
  return {
    id: String(evaluation._id),
    version: evaluation.version,
    status: statusOf(evaluation),
    title: evaluation.title,
    cycleIds: evaluation.cycleIds.map(String),
    criteria: evaluation.criteria,
    scope: evaluation.scope,
    baseline: evaluation.baseline,
    team: evaluation.team,
    ratingScale: evaluation.ratingScale,
    executiveSummary: evaluation.executiveSummary,
    introduction: evaluation.introduction,
    findings: evaluation.findings,
    assessments: evaluation.assessments,
    conclusions: evaluation.conclusions,
    recommendations: evaluation.recommendations,
    replyWindow: toReplyWindowView(evaluation.replyWindow, now),
    finalVersions: finalVersions(evaluation),
    createdBy: evaluation.createdBy,
    createdAt: evaluation.createdAt.toISOString(),
    updatedAt: evaluation.updatedAt.toISOString(),
  };
}

export function toEvaluationSummary(evaluation: StoredEvaluation, now: Date): EvaluationSummary {
  return {
    id: String(evaluation._id),
    version: evaluation.version,
    status: statusOf(evaluation),
    title: evaluation.title,
    cycleIds: evaluation.cycleIds.map(String),
    replyWindow: toReplyWindowView(evaluation.replyWindow, now),
    finalVersions: finalVersions(evaluation),
    createdBy: evaluation.createdBy,
    updatedAt: evaluation.updatedAt.toISOString(),
  };
}
