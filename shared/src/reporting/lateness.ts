/** The last moment a deadline day allows: the end of that day in UTC. */
export function deadlineEnd(deadline: string): Date {
  return new Date(`${deadline}T23:59:59.999Z`);
}

/**
 * A state is late when it first submitted after its deadline, or has not submitted yet and the
 * deadline has passed. A report returned or reopened after an on-time submission is not late.
 */
export function isLate(deadline: string, firstSubmittedAt: Date | string | null, now: Date): boolean {
  const end = deadlineEnd(deadline).getTime();
  if (firstSubmittedAt !== null) return new Date(firstSubmittedAt).getTime() > end;
  return now.getTime() > end;
}

/** Whole days from `now` to the end of the deadline day, rounded up; 0 or less once it passed. */
export function daysUntilDeadline(deadline: string, now: Date): number {
  return Math.ceil((deadlineEnd(deadline).getTime() - now.getTime()) / 86_400_000);
}

/** The deadline that applies to one state: its extension if it has one. */
export function deadlineFor(
  cycle: { deadline: string; deadlineExtensions: readonly { stateCode: string; deadline: string }[] },
  stateCode: string,
): string {
  return cycle.deadlineExtensions.find((extension) => extension.stateCode === stateCode)?.deadline ?? cycle.deadline;
}
