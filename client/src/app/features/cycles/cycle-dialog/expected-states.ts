import type { ValidatorFn } from '@angular/forms';

import type { StateGroup } from '../data-access';

/*
 * The expected-states picker is one multiple select: each region starts with an option "All of
 * <region>" whose value is the region's token. Picking it selects the region's states, unpicking
 * it clears them; it shows as picked exactly when all of them are.
 */

const TOKEN_PREFIX = 'region:';

export function regionToken(region: string): string {
  return `${TOKEN_PREFIX}${region}`;
}

const isToken = (value: string): boolean => value.startsWith(TOKEN_PREFIX);

/** The state codes of a picker value, without region tokens. */
export function pickedStates(value: readonly string[]): string[] {
  return value.filter((item) => !isToken(item));
}

/**
 * The picker's value after a person's change: a region token picked or unpicked since `before`
 * picks or clears its states; then each token is shown exactly when its region is complete.
 */
export function applyRegionToggles(
  before: readonly string[],
  after: readonly string[],
  groups: readonly StateGroup[],
): string[] {
  const had = new Set(before);
  const chosen = new Set(pickedStates(after));
  const has = new Set(after);
  for (const group of groups) {
    const token = regionToken(group.region);
    if (has.has(token) && !had.has(token)) {
      group.states.forEach((state) => chosen.add(state.code));
    } else if (!has.has(token) && had.has(token)) {
      group.states.forEach((state) => chosen.delete(state.code));
    }
  }
  return withRegionTokens([...chosen], groups);
}

/** The states, in the groups' order, followed by the tokens of the complete regions. */
export function withRegionTokens(
  states: readonly string[],
  groups: readonly StateGroup[],
): string[] {
  const chosen = new Set(states);
  const ordered = groups.flatMap((group) =>
    group.states.map((state) => state.code).filter((code) => chosen.has(code)),
  );
  const known = new Set(ordered);
  const tokens = groups
    .filter((group) => group.states.every((state) => chosen.has(state.code)))
    .map((group) => regionToken(group.region));
  return [...ordered, ...[...chosen].filter((code) => !known.has(code)), ...tokens];
}

/** At least one state must be expected. */
export const someStatePicked: ValidatorFn = (control) => {
  const value = control.value as readonly string[] | null;
  return value && pickedStates(value).length > 0 ? null : { noStates: true };
};
