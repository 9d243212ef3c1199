import type { EntryFacts, ReportFacts } from './facts.js';

/** An entry's facts with defaults, for specs. */
export function entry(actionCode: string, answer: Partial<EntryFacts> = {}): EntryFacts {
  return {
    actionCode,
    participation: 'participating',
    status: null,
    hasNarrative: true,
    supportCategories: [],
    evidenceCount: 0,
    ...answer,
  };
}

export function report(
  stateCode: string,
  entries: EntryFacts[],
  status: ReportFacts['status'] = 'approved',
): ReportFacts {
  return { stateCode, status, version: 3, entries };
}
