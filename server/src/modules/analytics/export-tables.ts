import type { CoverageResponse, EntryItem, Locale, ProgressResponse, SubmissionsResponse } from '@ppm/shared';
import { IMPLEMENTATION_STATUSES, type ProgressGroup } from '@ppm/shared/rules';
import type { ExportLabels } from './export-labels.js';
import type { ReferenceContext } from './reference-context.js';

export type Cell = string | number | null;

/** One sheet of the XLSX, or the whole CSV. */
export interface ExportTable {
  name: string;
  columns: string[];
  rows: Cell[][];
}

interface Naming {
  labels: ExportLabels;
  lang: Locale;
  context: ReferenceContext;
}

function figureColumns(labels: ExportLabels): string[] {
  return [
    labels.reports,
    labels.participating,
    labels.notParticipating,
    labels.unanswered,
    ...IMPLEMENTATION_STATUSES.map((status) => labels[status]),
    labels.score,
  ];
}

function figureCells(group: ProgressGroup, labels: ExportLabels): Cell[] {
  if (group.suppressed) return [group.reports, labels.withheld, null, null, null, null, null, null, null];
  return [
    group.reports,
    group.participating,
    group.notParticipating,
    group.unanswered,
    ...IMPLEMENTATION_STATUSES.map((status) => group.byStatus[status]),
    group.score,
  ];
}

/** The figures per area, action, state or region: the same groups the dashboard shows. */
export function progressTable(name: string, progress: ProgressResponse, naming: Naming): ExportTable {
  const { labels, lang, context } = naming;
  const keyColumns: Record<ProgressResponse['by'], string[]> = {
    area: [labels.area, labels.title],
    action: [labels.action, labels.title],
    state: [labels.state, labels.title],
    region: [labels.region, labels.title],
  };
  const titleOf = (key: string): string => {
    const names = {
      area: context.areaTitle,
      action: context.actionTitle,
      state: context.stateName,
      region: context.regionName,
    };
    return names[progress.by].get(key)?.[lang] ?? '';
  };
  return {
    name,
    columns: [...keyColumns[progress.by], ...figureColumns(labels)],
    rows: progress.groups.map((group) => [group.key, titleOf(group.key), ...figureCells(group, labels)]),
  };
}

export function summaryTable(
  name: string,
  facts: {
    cycleName: string;
    basis: string;
    generated: string;
    submissions: SubmissionsResponse;
    overall: ProgressGroup;
  },
  labels: ExportLabels,
): ExportTable {
  const { submissions, overall } = facts;
  return {
    name,
    columns: ['', ''],
    rows: [
      [labels.cycle, facts.cycleName],
      [labels.basis, facts.basis],
      [labels.generated, facts.generated],
      [labels.expected, submissions.expected],
      [labels.responded, submissions.responded],
      [labels.responseRate, submissions.responseRate],
      [labels.late, submissions.late],
      [labels.score, overall.suppressed ? labels.withheld : overall.score],
    ],
  };
}

export function coverageTable(name: string, coverage: CoverageResponse, naming: Naming): ExportTable {
  const { labels, lang, context } = naming;
  return {
    name,
    columns: [labels.state, labels.title, ...coverage.actionCodes],
    rows: coverage.rows.map((row) => [
      row.stateCode,
      context.stateName.get(row.stateCode)?.[lang] ?? '',
      ...row.cells.map((cell) => (cell === null ? null : cellLabel(cell, labels))),
    ]),
  };
}

function cellLabel(cell: string, labels: ExportLabels): string {
  if (cell === 'participating') return labels.participating;
  if (cell === 'not_participating') return labels.notParticipating;
  return labels[cell as (typeof IMPLEMENTATION_STATUSES)[number]];
}

/** Every answer with its texts. */
export function entriesTable(name: string, items: readonly EntryItem[], naming: Naming): ExportTable {
  const { labels, lang, context } = naming;
  return {
    name,
    columns: [
      labels.state,
      labels.region,
      labels.action,
      labels.title,
      labels.participation,
      labels.status,
      labels.narrative,
      labels.obstacles,
      labels.supportCategories,
      labels.supportText,
      labels.evidence,
    ],
    rows: items.map((item) => [
      item.stateCode,
      context.regionOf(item.stateCode) ?? '',
      item.actionCode,
      context.actionTitle.get(item.actionCode)?.[lang] ?? '',
      item.participation === null ? null : cellLabel(item.participation, labels),
      item.status === null ? null : labels[item.status],
      item.narrative.text,
      item.obstacles.text,
      item.supportNeeded.categories.join(', '),
      item.supportNeeded.text.text,
      [...item.evidence.links.map((link) => link.url), ...item.evidence.files.map((file) => file.fileName)].join('\n'),
    ]),
  };
}
