import type { Cycle, Role } from '@ppm/shared';

/**
 * The cycle a role's home page is about. For the Secretariat and a state's people: the open
 * cycle with the nearest deadline (the server lists a state's people only the cycles their
 * state reports in). For evaluators: the latest cycle that has begun, where approved data is.
 * Admins run accounts, not reports: none.
 */
export function focusCycle(cycles: readonly Cycle[], role: Role): Cycle | null {
  if (role === 'admin') return null;
  if (role === 'evaluator') {
    const begun = cycles.filter((cycle) => cycle.status !== 'planned');
    return [...begun].sort((a, b) => b.deadline.localeCompare(a.deadline))[0] ?? null;
  }
  const open = cycles.filter((cycle) => cycle.status === 'open');
  return [...open].sort((a, b) => a.deadline.localeCompare(b.deadline))[0] ?? null;
}
