import { SUPPORT_CATEGORIES, type ReportEntry, type SupportCategory } from '@ppm/shared';
import type { EntryFacts } from '@ppm/shared/rules';

/**
 * What the figures need of a report's answers (no texts), kept in its header as one compact JSON
 * string of tuples: written wherever completeness is written, so a cycle's figures come from one
 * query over headers, and a string costs FerretDB almost nothing to decode (nested documents do).
 */
type EntryTuple = [
  actionCode: string,
  participation: 0 | 1 | null,
  status: 0 | 1 | 2 | 3 | null,
  narrative: 0 | 1,
  support: number,
  evidence: number,
];

const STATUSES = ['not_started', 'limited', 'substantial', 'completed'] as const;

function supportBits(categories: readonly SupportCategory[]): number {
  return categories.reduce((bits, category) => bits | (1 << SUPPORT_CATEGORIES.indexOf(category)), 0);
}

export function factsOf(entry: ReportEntry): EntryFacts {
  return {
    actionCode: entry.actionCode,
    participation: entry.participation,
    status: entry.participation === 'participating' ? entry.status : null,
    hasNarrative: entry.narrative.text.trim() !== '',
    supportCategories: [...entry.supportNeeded.categories],
    evidenceCount: entry.evidence.links.length + entry.evidence.files.length,
  };
}

export function encodeFacts(entries: readonly ReportEntry[]): string {
  const tuples = entries.map((entry): EntryTuple => {
    const facts = factsOf(entry);
    return [
      facts.actionCode,
      facts.participation === null ? null : facts.participation === 'participating' ? 1 : 0,
      facts.status === null ? null : (STATUSES.indexOf(facts.status) as 0 | 1 | 2 | 3),
      facts.hasNarrative ? 1 : 0,
      supportBits(facts.supportCategories),
      facts.evidenceCount,
    ];
  });
  return JSON.stringify(tuples);
}

export function decodeFacts(encoded: string): EntryFacts[] {
  return (JSON.parse(encoded) as EntryTuple[]).map(
    ([actionCode, participation, status, narrative, support, evidence]) => ({
      actionCode,
      participation: participation === null ? null : participation === 1 ? 'participating' : 'not_participating',
      status: status === null ? null : STATUSES[status],
      hasNarrative: narrative === 1,
      supportCategories: SUPPORT_CATEGORIES.filter((_category, bit) => (support & (1 << bit)) !== 0),
      evidenceCount: evidence,
    }),
  );
}
