import type { Area } from '@ppm/shared';
import { isDuplicateKey } from '../../platform/database/insert-once.js';
import { AppError } from '../../platform/http/app-error.js';
import { type CachedReference, referenceCache } from '../reference/reference-cache.js';
import { markReferenceChanged } from '../reference/reference-stamp.js';
import { ActionPlanModel, type StoredPlan, toPlanView } from './action-plan.model.js';

const LATEST = { 'period.from': -1, version: -1 } as const;

async function readCurrentPlan(): Promise<StoredPlan> {
  const plan = await ActionPlanModel.findOne({}, { _id: 0, savedAt: 0 }).sort(LATEST).lean<StoredPlan>();
  if (!plan) throw AppError.notFound('The action plan has not been loaded yet.');
  return plan;
}

/** The plan in force with its API answer, from this process's reference cache (ADR 13). */
export function cachedCurrentPlan(): Promise<CachedReference<StoredPlan>> {
  return referenceCache.get('action-plan', readCurrentPlan, toPlanView);
}

/**
 * The plan in force (the one with the latest period), in its latest version: read from the
 * database only when it changed. Frozen: it is shared, never change it.
 */
export async function loadCurrentPlan(): Promise<StoredPlan> {
  return (await cachedCurrentPlan()).value;
}

export function staleVersion(currentVersion: number): AppError {
  return AppError.conflict(
    'stale_version',
    'The action plan was changed since you loaded it. Reload it and make your change again.',
    { currentVersion },
  );
}

/** Refuses an edit based on another version than the latest one (409 `stale_version`). */
export function assertVersion(plan: StoredPlan, version: number): void {
  if (plan.version !== version) throw staleVersion(plan.version);
}

/**
 * Saves the changed plan as version n+1 in ONE insert. If another change already took n+1, the
 * unique (planId, version) index refuses the insert: 409 and nothing changed. A single insert
 * is atomic on MongoDB and FerretDB alike, so no transaction is needed.
 */
export async function commitPlan(
  plan: StoredPlan,
  changes: { areas: Area[]; actionsAreIllustrative?: boolean },
): Promise<StoredPlan> {
  const next: StoredPlan = {
    planId: plan.planId,
    version: plan.version + 1,
    title: plan.title,
    period: plan.period,
    actionsAreIllustrative: changes.actionsAreIllustrative ?? plan.actionsAreIllustrative,
    areas: changes.areas,
  };
  try {
    await ActionPlanModel.create(next);
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    const latest = await ActionPlanModel.findOne({ planId: plan.planId }, { version: 1 })
      .sort({ version: -1 })
      .lean<{ version: number }>();
    throw staleVersion(latest?.version ?? next.version);
  }
  await markReferenceChanged();
  return next;
}
