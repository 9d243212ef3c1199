import type { CoverageAnswer, CoverageCell } from './analytics.models';
import type { Names } from './names';

/** The letter a coverage cell shows beside its colour, so colour is not the only cue. */
export const CELL_LETTERS: Readonly<Record<NonNullable<CoverageCell> | 'none', string>> = {
  not_started: 'N',
  limited: 'L',
  substantial: 'S',
  completed: 'C',
  not_participating: '–',
  none: '',
};

export const CELL_KINDS = [
  'not_started',
  'limited',
  'substantial',
  'completed',
  'not_participating',
  'none',
] as const;
export type CellKind = (typeof CELL_KINDS)[number];

export interface CoverageRow {
  readonly stateCode: string;
  readonly stateName: string;
  readonly cells: readonly { actionCode: string; kind: CellKind; letter: string }[];
}

export interface CoverageView {
  readonly actionCodes: readonly string[];
  /** Column groups: each area with how many of the columns it spans. */
  readonly areas: readonly { code: string; name: string; span: number }[];
  readonly rows: readonly CoverageRow[];
}

const kindOf = (cell: CoverageCell): CellKind => cell ?? 'none';

export function toCoverageView(answer: CoverageAnswer | null, names: Names): CoverageView {
  const actionCodes = answer?.actionCodes ?? [];
  const areas: { code: string; name: string; span: number }[] = [];
  for (const code of actionCodes) {
    const areaCode = code.slice(0, code.indexOf('.'));
    const last = areas.at(-1);
    if (last?.code === areaCode) {
      last.span += 1;
    } else {
      areas.push({ code: areaCode, name: names.areaShort(areaCode), span: 1 });
    }
  }
  return {
    actionCodes,
    areas,
    rows: (answer?.rows ?? [])
      .map((row) => ({
        stateCode: row.stateCode,
        stateName: names.state(row.stateCode),
        cells: actionCodes.map((actionCode, index) => {
          const kind = kindOf(row.cells[index] ?? null);
          return { actionCode, kind, letter: CELL_LETTERS[kind] };
        }),
      }))
      .sort((a, b) => a.stateName.localeCompare(b.stateName)),
  };
}

/** The 2014 "mapping exercise": which actions some state moves on, and which none does. */
export interface CoverageMapping {
  /** Some participating state reports progress beyond "not started". */
  readonly covered: readonly { code: string; title: string; states: number }[];
  /** No participating state beyond "not started" (the server's list, one definition). */
  readonly untouched: readonly { code: string; title: string }[];
}

export function toCoverageMapping(answer: CoverageAnswer | null, names: Names): CoverageMapping {
  const untouched = new Set(answer?.untouched ?? []);
  const participating = new Map(
    (answer?.participation ?? []).map((action) => [action.actionCode, action.states]),
  );
  const codes = answer?.actionCodes ?? [];
  return {
    covered: codes
      .filter((code) => !untouched.has(code))
      .map((code) => ({ code, title: names.action(code), states: participating.get(code) ?? 0 })),
    untouched: codes
      .filter((code) => untouched.has(code))
      .map((code) => ({ code, title: names.action(code) })),
  };
}
