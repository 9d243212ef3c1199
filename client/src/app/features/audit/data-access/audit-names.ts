import type { Locale, LocalizedText } from '@ppm/shared';

/** What the log's entries name, in both languages, by id or code (loaded with the page). */
export interface AuditNames {
  readonly cycles: Readonly<Record<string, LocalizedText>>;
  readonly states: Readonly<Record<string, LocalizedText>>;
  readonly regions: Readonly<Record<string, LocalizedText>>;
  readonly areas: Readonly<Record<string, LocalizedText>>;
  readonly actions: Readonly<Record<string, LocalizedText>>;
}

export const NO_AUDIT_NAMES: AuditNames = {
  cycles: {},
  states: {},
  regions: {},
  areas: {},
  actions: {},
};

/** The lists as the API gives them, keyed for lookups. */
export function toAuditNames(lists: {
  cycles: readonly { id: string; name: LocalizedText }[];
  states: readonly { code: string; name: LocalizedText }[];
  regions: readonly { code: string; name: LocalizedText }[];
  areas: readonly {
    code: string;
    shortTitle: LocalizedText;
    actions: readonly { code: string; title: LocalizedText }[];
  }[];
}): AuditNames {
  const byKey = <T>(
    items: readonly T[],
    key: (item: T) => string,
    name: (item: T) => LocalizedText,
  ) => Object.fromEntries(items.map((item) => [key(item), name(item)]));
  return {
    cycles: byKey(
      lists.cycles,
      (cycle) => cycle.id,
      (cycle) => cycle.name,
    ),
    states: byKey(
      lists.states,
      (state) => state.code,
      (state) => state.name,
    ),
    regions: byKey(
      lists.regions,
      (region) => region.code,
      (region) => region.name,
    ),
    areas: byKey(
      lists.areas,
      (area) => area.code,
      (area) => area.shortTitle,
    ),
    actions: byKey(
      lists.areas.flatMap((area) => area.actions),
      (action) => action.code,
      (action) => action.title,
    ),
  };
}

/** A `{ en, ru }` text (or a plain one) in the reader's language. */
export function textIn(value: unknown, locale: Locale): string | null {
  if (typeof value === 'string') {
    return value;
  }
  if (value !== null && typeof value === 'object') {
    const text = (value as Partial<Record<Locale, unknown>>)[locale];
    return typeof text === 'string' ? text : null;
  }
  return null;
}
