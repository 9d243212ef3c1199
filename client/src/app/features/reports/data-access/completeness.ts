import type { Completeness, EntryAnswers, MissingAnswer } from '@ppm/shared';

/*
 * The completeness rules of `@ppm/shared` (reporting/completeness.ts), copied: the editor
 * recomputes them on every keystroke, and importing the shared module's values would bring
 * zod into the browser. The spec checks the same hand-computed cases, and these functions
 * against the shared ones.
 */

/**
 * What an entry still lacks for a submission: a participation answer, and when participating
 * a status and a narrative. "Not participating" is a complete answer on its own.
 */
export function missingAnswers(entry: EntryAnswers): MissingAnswer[] {
  if (entry.participation === null) {
    return ['participation'];
  }
  if (entry.participation === 'not_participating') {
    return [];
  }
  const missing: MissingAnswer[] = [];
  if (entry.status === null) {
    missing.push('status');
  }
  if (entry.narrative.text.trim() === '') {
    missing.push('narrative');
  }
  return missing;
}

export function completenessOf(entries: readonly EntryAnswers[]): Completeness {
  const complete = entries.filter((entry) => missingAnswers(entry).length === 0).length;
  const total = entries.length;
  return { complete, total, percent: total === 0 ? 0 : Math.floor((complete * 100) / total) };
}

/** The area code of an action code: "3.4" → "3", "1.10" → "1". */
export function areaOf(actionCode: string): string {
  return actionCode.slice(0, actionCode.indexOf('.'));
}

/** Completeness per area code ("1".."6"), from action codes "area.n". */
export function completenessByArea(entries: readonly EntryAnswers[]): Record<string, Completeness> {
  const byArea = new Map<string, EntryAnswers[]>();
  for (const entry of entries) {
    const area = areaOf(entry.actionCode);
    byArea.set(area, [...(byArea.get(area) ?? []), entry]);
  }
  return Object.fromEntries(
    [...byArea].map(([area, areaEntries]) => [area, completenessOf(areaEntries)]),
  );
}

/** Per action, what blocks a submission; empty when the report can be submitted. */
export function submissionProblems(
  entries: readonly EntryAnswers[],
): { actionCode: string; missing: MissingAnswer[] }[] {
  return entries
    .map((entry) => ({ actionCode: entry.actionCode, missing: missingAnswers(entry) }))
    .filter((problem) => problem.missing.length > 0);
}
