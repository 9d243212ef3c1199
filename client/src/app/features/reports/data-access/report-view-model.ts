import type {
  Completeness,
  Locale,
  LocalizedText,
  MissingAnswer,
  ReportEntry,
  ReportView,
} from '@ppm/shared';

import { areaOfAction as areaOf, completenessOf, missingAnswers } from '@ppm/shared/rules';
import { type EditableField, type EntryEdit, type ReportEdits, isSendable } from './entry-edits';
import type { ReportContext } from './report.actions';

/** One action's card. */
export interface EntryView {
  readonly code: string;
  /** The action's title in the active language. */
  readonly title: string;
  /** The answers as the person sees them (their edits included). */
  readonly entry: ReportEntry;
  readonly missing: readonly MissingAnswer[];
  /** Has edits the server has not confirmed. */
  readonly dirty: boolean;
  /** The fields with such edits. */
  readonly dirtyFields: readonly EditableField[];
  /** Edited fields waiting on this device until complete (a link without an address). */
  readonly heldBack: readonly EditableField[];
}

/** One cooperation area of the editor: an entry of its area list and the cards shown for it. */
export interface AreaTab {
  readonly code: string;
  readonly title: string;
  readonly shortTitle: string;
  readonly completeness: Completeness;
  readonly entries: readonly EntryView[];
}

export interface EditorView {
  readonly stateName: string;
  readonly cycleName: string;
  /** The state's deadline (its extension if it has one), "2026-03-31". */
  readonly deadline: string;
  readonly areas: readonly AreaTab[];
}

/** The text in the locale, or the English one when that is blank. */
export function inLocale(text: LocalizedText, locale: Locale): string {
  return text[locale] || text.en;
}

const viewCache = new WeakMap<
  ReportEntry,
  { title: string; edit: EntryEdit | undefined; view: EntryView }
>();

function entryView(entry: ReportEntry, title: string, edit: EntryEdit | undefined): EntryView {
  const cached = viewCache.get(entry);
  if (cached?.title === title && cached.edit === edit) {
    return cached.view;
  }
  const dirtyFields = edit ? (Object.keys(edit.values) as EditableField[]) : [];
  const heldBack = dirtyFields.filter((field) => !isSendable(field, edit?.values[field]));
  const view: EntryView = {
    code: entry.actionCode,
    title,
    entry,
    missing: missingAnswers(entry),
    dirty: edit !== undefined,
    dirtyFields,
    heldBack,
  };
  viewCache.set(entry, { title, edit, view });
  return view;
}

/**
 * The report arranged as the editor shows it: the plan's areas in order, each with its
 * actions' cards and completeness. Actions the plan no longer lists keep their code as title.
 */
export function toEditorView(
  report: ReportView | null,
  entries: readonly ReportEntry[],
  edits: ReportEdits,
  context: ReportContext | null,
  locale: Locale,
): EditorView | null {
  if (!report || !context) {
    return null;
  }
  const titles = new Map<string, string>();
  for (const area of context.plan.areas) {
    for (const action of area.actions) {
      titles.set(action.code, inLocale(action.title, locale));
    }
  }
  const byArea = new Map<string, EntryView[]>();
  for (const entry of entries) {
    const area = areaOf(entry.actionCode);
    const view = entryView(
      entry,
      titles.get(entry.actionCode) ?? entry.actionCode,
      edits[entry.actionCode],
    );
    byArea.set(area, [...(byArea.get(area) ?? []), view]);
  }
  const planAreas = context.plan.areas.map((area) => ({
    code: area.code,
    title: inLocale(area.title, locale),
    shortTitle: inLocale(area.shortTitle, locale),
  }));
  const extraAreas = [...byArea.keys()]
    .filter((code) => !planAreas.some((area) => area.code === code))
    .map((code) => ({ code, title: code, shortTitle: code }));
  const areas = [...planAreas, ...extraAreas]
    .filter((area) => byArea.has(area.code))
    .map((area): AreaTab => {
      const areaEntries = byArea.get(area.code) ?? [];
      return {
        ...area,
        completeness: completenessOf(areaEntries.map((view) => view.entry)),
        entries: areaEntries,
      };
    });
  const cycle = context.cycle;
  const deadline =
    cycle.deadlineExtensions.find((extension) => extension.stateCode === report.stateCode)
      ?.deadline ?? cycle.deadline;
  return {
    stateName: context.stateName ? inLocale(context.stateName, locale) : report.stateCode,
    cycleName: inLocale(cycle.name, locale),
    deadline,
    areas,
  };
}
