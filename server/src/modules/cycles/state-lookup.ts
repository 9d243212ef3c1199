import { AppError } from '../../platform/http/app-error.js';
import { statesService } from '../states/states.service.js';

/** Every state, from the reference cache (ADR 13): no scan of `states`, which FerretDB would make. */
async function allStates() {
  return (await statesService.states()).value;
}

/** Codes of the active states, alphabetical: who a new cycle expects by default. */
export async function activeStates(): Promise<string[]> {
  return (await allStates())
    .filter((state) => state.active)
    .map((state) => state.code)
    .sort();
}

/** The codes, without repeats, after checking each is a known state (400 naming the unknown ones). */
export async function knownStates(codes: readonly string[]): Promise<string[]> {
  const unique = [...new Set(codes)];
  const known = new Set((await allStates()).map((state) => state.code));
  const unknown = unique.filter((code) => !known.has(code));
  if (unknown.length > 0) {
    const verb = unknown.length === 1 ? 'is not a known state' : 'are not known states';
    throw AppError.badRequest(`Unknown states: ${unknown.join(', ')}.`, [
      { path: 'expectedStates', message: `${unknown.join(', ')} ${verb}` },
    ]);
  }
  return unique;
}

/** A state's name in both languages (its code when it is unknown). */
export async function stateName(code: string): Promise<{ en: string; ru: string }> {
  const state = (await allStates()).find((candidate) => candidate.code === code);
  return state ? { en: state.name.en, ru: state.name.ru } : { en: code, ru: code };
}

/** Region code by state code, for the given states (from the reference cache, ADR 13). */
export async function regionsOf(codes: readonly string[]): Promise<Map<string, string>> {
  const wanted = new Set(codes);
  return new Map(
    (await allStates()).filter((state) => wanted.has(state.code)).map((state) => [state.code, state.region]),
  );
}
