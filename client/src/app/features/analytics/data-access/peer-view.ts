import type { CoverageAnswer, EntriesAnswer } from './analytics.models';
import type { Names } from './names';

/** An action with how many states report substantial or completed progress on it. */
export interface PeerAction {
  readonly code: string;
  readonly title: string;
  readonly strong: number;
}

const STRONG = new Set(['substantial', 'completed']);

export function toPeerActions(coverage: CoverageAnswer | null, names: Names): PeerAction[] {
  if (!coverage) {
    return [];
  }
  return coverage.actionCodes.map((code, index) => ({
    code,
    title: names.action(code),
    strong: coverage.rows.filter((row) => STRONG.has(row.cells[index] ?? '')).length,
  }));
}

export interface PeerState {
  readonly stateCode: string;
  readonly stateName: string;
  readonly regionCode: string | null;
  readonly detail: string;
}

/** A state asking for support, and the states that could share what worked for them. */
export interface Pairing {
  readonly seeker: PeerState;
  readonly categories: readonly string[];
  /** Same region first: exchanges are easiest among neighbours. */
  readonly partners: readonly PeerState[];
}

export interface PeerLearning {
  readonly strong: readonly PeerState[];
  readonly seeking: readonly PeerState[];
  readonly pairings: readonly Pairing[];
}

/** For one action: states with substantial/completed progress beside states asking for support. */
export function toPeerLearning(entries: EntriesAnswer | null, names: Names): PeerLearning {
  const items = entries?.items ?? [];
  const state = (stateCode: string, detail: string): PeerState => ({
    stateCode,
    stateName: names.state(stateCode),
    regionCode: names.regionOfState(stateCode),
    detail,
  });
  const strong = items
    .filter((entry) => entry.participation === 'participating' && STRONG.has(entry.status ?? ''))
    .map((entry) => state(entry.stateCode, entry.status ?? ''))
    .sort((a, b) => a.stateName.localeCompare(b.stateName));
  const seekers = items
    .filter(
      (entry) =>
        entry.supportNeeded.categories.length > 0 || entry.supportNeeded.text.text.trim() !== '',
    )
    .sort((a, b) => names.state(a.stateCode).localeCompare(names.state(b.stateCode)));
  const pairings = seekers.map((entry) => {
    const seeker = state(entry.stateCode, entry.supportNeeded.text.text);
    const partners = strong
      .filter((partner) => partner.stateCode !== seeker.stateCode)
      .sort(
        (a, b) =>
          Number(b.regionCode === seeker.regionCode) - Number(a.regionCode === seeker.regionCode) ||
          a.stateName.localeCompare(b.stateName),
      );
    return { seeker, categories: entry.supportNeeded.categories, partners };
  });
  return { strong, seeking: pairings.map((pairing) => pairing.seeker), pairings };
}
