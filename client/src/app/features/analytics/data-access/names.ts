import type { Cycle, Locale } from '@ppm/shared';

import type { AnalyticsReference } from './analytics.actions';

/** Names of the codes the figures use, in the reader's language (codes when not loaded). */
export interface Names {
  area(code: string): string;
  /** "1 Preventing…" short form, for chart axes. */
  areaShort(code: string): string;
  action(code: string): string;
  state(code: string): string;
  region(code: string): string;
  regionOfState(code: string): string | null;
  cycle(id: string): string;
  /** Area codes in plan order. */
  readonly areaCodes: readonly string[];
  /** Action codes of an area (every area when null), plan order, retired ones left out. */
  actionCodes(areaCode: string | null): string[];
}

export function toNames(
  reference: AnalyticsReference | null,
  cycles: readonly Cycle[],
  locale: Locale,
): Names {
  const text = (value: { en: string; ru: string } | undefined): string | null =>
    value ? value[locale] || value.en : null;
  const areas = new Map((reference?.plan.areas ?? []).map((area) => [area.code, area]));
  const actions = new Map(
    (reference?.plan.areas ?? []).flatMap((area) =>
      area.actions.map((action) => [action.code, action] as const),
    ),
  );
  const states = new Map((reference?.states ?? []).map((state) => [state.code, state]));
  const regions = new Map((reference?.regions ?? []).map((region) => [region.code, region]));
  const cycleNames = new Map(cycles.map((cycle) => [cycle.id, cycle.name]));
  return {
    area: (code) => text(areas.get(code)?.title) ?? code,
    areaShort: (code) => {
      const short = text(areas.get(code)?.shortTitle);
      return short ? `${code}. ${short}` : code;
    },
    action: (code) => text(actions.get(code)?.title) ?? code,
    state: (code) => text(states.get(code)?.name) ?? code,
    region: (code) => text(regions.get(code)?.name) ?? code,
    regionOfState: (code) => states.get(code)?.region ?? null,
    cycle: (id) => text(cycleNames.get(id)) ?? id,
    areaCodes: [...areas.keys()],
    actionCodes: (areaCode) =>
      (reference?.plan.areas ?? [])
        .filter((area) => areaCode === null || area.code === areaCode)
        .flatMap((area) =>
          area.actions.filter((action) => !action.retired).map((action) => action.code),
        ),
  };
}
