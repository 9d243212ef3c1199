import type { CycleStatus } from '@ppm/shared';

/** Planned → open → closed; the Secretariat may open a closed cycle again. */
const NEXT_STATUSES: Record<CycleStatus, readonly CycleStatus[]> = {
  planned: ['open'],
  open: ['closed'],
  closed: ['open'],
};

export function canMoveCycle(from: CycleStatus, to: CycleStatus): boolean {
  return NEXT_STATUSES[from].includes(to);
}

/** Date problems of a cycle as it would be after a change (the schema checks only the fields sent). */
export function cycleDateProblems(cycle: { periodFrom: string; periodTo: string; opensAt: string; deadline: string }) {
  const problems: { path: string; message: string }[] = [];
  if (cycle.periodTo < cycle.periodFrom)
    problems.push({ path: 'periodTo', message: 'must not be before the start of the period' });
  if (cycle.deadline < cycle.opensAt)
    problems.push({ path: 'deadline', message: 'must not be before the opening date' });
  return problems;
}
