/**
 * What a chart shows, as plain data (memoised selectors build it, so a chart redraws only
 * when its figures change). The same model draws the chart and its table.
 */
export interface ChartCategory {
  /** Stable code (an area or status code); names the colour and, without `label`, the text. */
  readonly key: string;
  /** Text shown; absent: the chart's `names` map (or the key) gives it. */
  readonly label?: string;
}

export interface ChartSeries {
  readonly key: string;
  readonly label?: string;
  /** One value per category; `null` is "no figure" (a gap, a dash in the table). */
  readonly values: readonly (number | null)[];
  /** Bars with the same stack sit on one another. */
  readonly stack?: string;
}

export interface ChartModel {
  readonly categories: readonly ChartCategory[];
  readonly series: readonly ChartSeries[];
}

export const EMPTY_CHART: ChartModel = { categories: [], series: [] };

/** True when there is nothing to draw: no category, or no value anywhere. */
export function isEmptyChart(model: ChartModel): boolean {
  return (
    model.categories.length === 0 ||
    model.series.every((series) => series.values.every((value) => value === null))
  );
}

/** The text of a key: its own label, else the names map, else the key itself. */
export function textOf(
  item: { key: string; label?: string },
  names: Readonly<Partial<Record<string, string>>>,
): string {
  return item.label ?? names[item.key] ?? item.key;
}

/** The chart as a table: one row per category, one column per series. */
export interface ChartTable {
  readonly columns: readonly string[];
  readonly rows: readonly { label: string; values: readonly (number | null)[] }[];
}

export function toChartTable(
  model: ChartModel,
  names: Readonly<Partial<Record<string, string>>>,
): ChartTable {
  return {
    columns: model.series.map((series) => textOf(series, names)),
    rows: model.categories.map((category, index) => ({
      label: textOf(category, names),
      values: model.series.map((series) =>
        index < series.values.length ? series.values[index] : null,
      ),
    })),
  };
}
