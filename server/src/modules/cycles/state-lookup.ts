import mongoose from 'mongoose';
import { AppError } from '../../platform/http/app-error.js';
import { StateModel } from '../states/state.model.js';
import { statesService } from '../states/states.service.js';

interface StateRow {
  code: string;
  name: { en: string; ru: string };
  region: string;
}

/** Codes of the active states, alphabetical: who a new cycle expects by default. */
export async function activeStates(): Promise<string[]> {
  const states = await StateModel.find({ active: true }, { code: 1 }).sort({ code: 1 }).lean<{ code: string }[]>();
  return states.map((state) => state.code);
}

/** The codes, without repeats, after checking each is a known state (400 naming the unknown ones). */
export async function knownStates(codes: readonly string[]): Promise<string[]> {
  const unique = [...new Set(codes)];
  const found = await StateModel.find({ code: mongoose.trusted({ $in: unique }) }, { code: 1 }).lean<
    { code: string }[]
  >();
  const known = new Set(found.map((state) => state.code));
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
  const state = await StateModel.findOne({ code }, { name: 1 }).lean<Pick<StateRow, 'name'>>();
  return state ? { en: state.name.en, ru: state.name.ru } : { en: code, ru: code };
}

/** Region code by state code, for the given states (from the reference cache, ADR 13). */
export async function regionsOf(codes: readonly string[]): Promise<Map<string, string>> {
  const wanted = new Set(codes);
  const states = (await statesService.states()).value;
  return new Map(states.filter((state) => wanted.has(state.code)).map((state) => [state.code, state.region]));
}
