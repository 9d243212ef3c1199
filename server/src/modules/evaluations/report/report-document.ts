import type { Locale } from '@ppm/shared';

/** A chart as data; `charts.ts` draws it with Chart.js the way the dashboard does. */
export interface ChartSpec {
  type: 'bar' | 'line';
  labels: string[];
  datasets: { label: string; data: (number | null)[]; colour: string }[];
  stacked?: boolean;
  horizontal?: boolean;
  /** Upper end of the value axis (100 for scores). */
  max?: number;
  valueAxisTitle?: string;
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  /** A remark of the report itself, e.g. "this text is available only in English". */
  | { kind: 'note'; text: string }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'numbered'; items: string[] }
  | {
      kind: 'table';
      columns: { title: string; numeric?: boolean; width?: number }[];
      rows: string[][];
      caption: string;
    }
  | { kind: 'chart'; chart: ChartSpec; caption: string; height: number }
  | { kind: 'quote'; text: string; citation: string }
  | { kind: 'pageBreak' }
  | { kind: 'toc' };

/** The whole report in one language, before it becomes DOCX, PDF or HTML. */
export interface ReportDocument {
  lang: Locale;
  title: string;
  titlePage: { kicker: string; title: string; subtitle: string; lines: string[]; edition: string };
  /** Printed in the page header. */
  runningTitle: string;
  /** The document's fixed date (its final version's, or the draft's last save): no "now" inside a file. */
  date: Date;
  labels: { contents: string; page: string; of: string };
  blocks: Block[];
}
