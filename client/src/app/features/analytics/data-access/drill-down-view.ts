import type {
  AnalyticsEntry,
  EntriesAnswer,
  ProgressAnswer,
  ProgressGroup,
} from './analytics.models';
import type { Names } from './names';

/** One action of an area with its figures. */
export interface ActionFigures {
  readonly code: string;
  readonly title: string;
  readonly group: ProgressGroup | null;
}

/** The area's actions in plan order, each with its group (null: no report counts it). */
export function toActionFigures(
  answer: ProgressAnswer | null,
  names: Names,
  areaCode: string | null,
): ActionFigures[] {
  const groups = new Map((answer?.groups ?? []).map((group) => [group.key, group]));
  const codes = names.actionCodes(areaCode);
  const extra = [...groups.keys()].filter(
    (code) => !codes.includes(code) && (areaCode === null || code.startsWith(`${areaCode}.`)),
  );
  return [...codes, ...extra].map((code) => ({
    code,
    title: names.action(code),
    group: groups.get(code) ?? null,
  }));
}

/** An entry as the drill-down shows it. */
export interface EntryView extends AnalyticsEntry {
  readonly stateName: string;
  readonly actionTitle: string;
  readonly hasTexts: boolean;
}

export function toEntryViews(answer: EntriesAnswer | null, names: Names): EntryView[] {
  return (answer?.items ?? []).map((entry) => ({
    ...entry,
    stateName: names.state(entry.stateCode),
    actionTitle: names.action(entry.actionCode),
    hasTexts:
      entry.narrative.text.trim() !== '' ||
      entry.obstacles.text.trim() !== '' ||
      entry.supportNeeded.text.text.trim() !== '',
  }));
}
