import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { MatIconButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatTooltip } from '@angular/material/tooltip';
import { TranslocoDirective } from '@jsverse/transloco';
import type { ChartData, ChartOptions, ChartType, Plugin, TooltipItem } from 'chart.js';
import { BaseChartDirective } from 'ng2-charts';

import { type ChartModel, isEmptyChart, textOf, toChartTable } from '../chart-model';
import { colourOf } from '../chart-palette';
import { WHITE_BACKGROUND } from '../provide-app-charts';

export type ChartKind = 'bar' | 'line' | 'doughnut';

/**
 * A titled chart with what every chart of ours offers: tooltips, a "show as table" switch
 * (the same figures as an HTML table, for screen readers and for copying) and a PNG download.
 * Presentational: it draws the `model` it is given and knows nothing of the store.
 */
@Component({
  selector: 'app-chart-panel',
  imports: [BaseChartDirective, MatIconButton, MatIcon, MatTooltip, TranslocoDirective],
  templateUrl: './chart-panel.html',
  styleUrl: './chart-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChartPanel {
  readonly heading = input.required<string>();
  readonly kind = input.required<ChartKind>();
  readonly model = input.required<ChartModel>();
  /** Texts of category and series keys (e.g. status names), when the model has none. */
  readonly names = input<Readonly<Record<string, string>>>({});
  /** Bars of one category on top of one another (series with the same `stack`). */
  readonly stacked = input(false);
  /** Bars lying down, categories down the side (long names, narrow screens). */
  readonly horizontal = input(false);
  /** Written after each value: "%" for scores and rates. */
  readonly unit = input('');
  /** The value axis's end, e.g. 100 for percentages. */
  readonly max = input<number | null>(null);
  /** The PNG's file name, without extension. */
  readonly fileName = input('chart');
  /** Height of the drawing in pixels. */
  readonly height = input(280);

  private readonly chart = viewChild(BaseChartDirective);
  protected readonly asTable = signal(false);
  protected readonly empty = computed(() => isEmptyChart(this.model()));
  protected readonly table = computed(() => toChartTable(this.model(), this.names()));
  protected readonly plugins: Plugin[] = [WHITE_BACKGROUND];

  /** Chart.js's own types per kind are too narrow for one component drawing three kinds. */
  protected readonly chartType = computed<ChartType>(() => this.kind());

  protected readonly data = computed<ChartData<ChartType, (number | null)[], string>>(() => {
    const model = this.model();
    const names = this.names();
    const labels = model.categories.map((category) => textOf(category, names));
    if (this.kind() === 'doughnut') {
      return {
        labels,
        datasets: model.series.map((series) => ({
          label: textOf(series, names),
          data: [...series.values],
          backgroundColor: model.categories.map((category, index) => colourOf(category.key, index)),
          borderColor: '#ffffff',
        })),
      };
    }
    return {
      labels,
      datasets: model.series.map((series, index) => {
        const colour = colourOf(series.key, index);
        return {
          label: textOf(series, names),
          data: [...series.values],
          backgroundColor: colour,
          borderColor: colour,
          ...(series.stack ? { stack: series.stack } : {}),
          ...(this.kind() === 'line' ? { spanGaps: true, pointRadius: 4, borderWidth: 2 } : {}),
        };
      }),
    };
  });

  protected readonly options = computed<ChartOptions>(() => {
    const unit = this.unit();
    const label = (item: TooltipItem<ChartType>): string => {
      const raw = item.raw;
      const value = typeof raw === 'number' ? `${raw}${unit}` : '–';
      const name = this.kind() === 'doughnut' ? item.label : (item.dataset.label ?? '');
      return `${name}: ${value}`;
    };
    if (this.kind() === 'doughnut') {
      return { plugins: { tooltip: { callbacks: { label } } } };
    }
    const stacked = this.stacked();
    const max = this.max();
    const valueAxis = {
      stacked,
      beginAtZero: true,
      ...(max !== null ? { max } : {}),
      ticks: { callback: (value: string | number) => `${value}${unit}` },
    };
    // Long names (area titles) are shortened on the axis, where they would be cut; the tooltip
    // and the table keep them whole.
    const names = this.data().labels ?? [];
    const categoryAxis = {
      stacked,
      ticks: {
        autoSkip: false,
        callback: (_value: string | number, index: number) => shortLabel(names[index] ?? ''),
      },
    };
    return {
      indexAxis: this.horizontal() ? 'y' : 'x',
      interaction: { mode: 'index', intersect: false },
      scales: this.horizontal()
        ? { x: valueAxis, y: categoryAxis }
        : { x: categoryAxis, y: valueAxis },
      plugins: { tooltip: { callbacks: { label } } },
    };
  });

  protected toggleTable(): void {
    this.asTable.update((shown) => !shown);
  }

  /** Saves the drawing as a PNG with a white background. */
  protected download(): void {
    const image = this.chart()?.toBase64Image();
    if (!image) {
      return;
    }
    const link = document.createElement('a');
    link.href = image;
    link.download = `${this.fileName()}.png`;
    link.click();
  }
}

const AXIS_LABEL_MAX = 28;

/** A category's name as the axis can show it: at most 28 characters, cut at a word. */
export function shortLabel(name: string): string {
  if (name.length <= AXIS_LABEL_MAX) {
    return name;
  }
  const cut = name.slice(0, AXIS_LABEL_MAX - 1);
  const space = cut.lastIndexOf(' ');
  const atWord =
    name[cut.length] === ' ' || space <= AXIS_LABEL_MAX / 2 ? cut : cut.slice(0, space);
  return `${atWord.trimEnd()}…`;
}
