import { z } from 'zod';
import { localizedTextSchema, type LocalizedText } from '../i18n/locale.js';
import { type ActionPlan, actionCodeSchema } from './action-plan.schema.js';

/** A title in both languages that refuses unknown keys (the API rejects what it does not know). */
export const strictLocalizedTextSchema = z.strictObject(localizedTextSchema.shape);

/** The plan version an edit was based on; a stale one is refused with 409 `stale_version`. */
export const planVersionSchema = z.int().min(1);

/** The most actions an area can hold: codes run from "n.1" to "n.99". */
export const MAX_ACTIONS_PER_AREA = 99;

function somethingToChange(fields: readonly string[]) {
  return (value: Record<string, unknown>, ctx: z.RefinementCtx) => {
    if (fields.every((field) => value[field] === undefined)) {
      ctx.addIssue({ code: 'custom', path: [], message: `Give at least one of: ${fields.join(', ')}` });
    }
  };
}

export const updateAreaSchema = z
  .strictObject({
    version: planVersionSchema,
    title: strictLocalizedTextSchema.optional(),
    shortTitle: strictLocalizedTextSchema.optional(),
  })
  .superRefine(somethingToChange(['title', 'shortTitle']));
export type UpdateAreaInput = z.infer<typeof updateAreaSchema>;

export const createActionSchema = z.strictObject({
  version: planVersionSchema,
  title: strictLocalizedTextSchema,
});
export type CreateActionInput = z.infer<typeof createActionSchema>;

/** Edits an action's title, retires it (it keeps its history and leaves new cycles) or brings it back. */
export const updateActionSchema = z
  .strictObject({
    version: planVersionSchema,
    title: strictLocalizedTextSchema.optional(),
    retired: z.boolean().optional(),
  })
  .superRefine(somethingToChange(['title', 'retired']));
export type UpdateActionInput = z.infer<typeof updateActionSchema>;

/** The new order of an area's actions: every code of the area (retired ones too), each once. */
export const reorderActionsSchema = z.strictObject({
  version: planVersionSchema,
  actionCodes: z.array(actionCodeSchema).min(1).max(MAX_ACTIONS_PER_AREA),
});
export type ReorderActionsInput = z.infer<typeof reorderActionsSchema>;

export const applyImportSchema = z.strictObject({ version: planVersionSchema });
export type ApplyImportInput = z.infer<typeof applyImportSchema>;

/** The action plan as the API returns it. */
export type ActionPlanView = ActionPlan & {
  /** Increases with every change; send it back with an edit. */
  version: number;
  /** True until the Secretariat imports the official list. */
  actionsAreIllustrative: boolean;
};

/** One data row of an imported spreadsheet, as read, with what is wrong with it. */
export interface ImportRow {
  /** The row number in the spreadsheet (the header is row 1). */
  row: number;
  areaCode: string;
  actionCode: string;
  title: { en: string; ru: string };
  errors: string[];
}

/** What applying an import would do to the plan. */
export interface ImportChanges {
  /** Codes new to the plan. */
  added: string[];
  /** Codes in force now but missing from the file: they will be retired, not deleted. */
  removed: string[];
  /** Retired codes that the file brings back into force. */
  restored: string[];
  retitled: { code: string; before: LocalizedText; after: LocalizedText }[];
  /** Actions in force whose title stays the same. */
  unchanged: number;
}

export interface ImportPreview {
  /** Send to `POST /action-plan/import/:previewId/apply` to apply exactly this. */
  previewId: string;
  /** True when the file has no errors at all and can be applied. */
  valid: boolean;
  /** Problems with the file as a whole (no header, an area left without actions, ...). */
  errors: string[];
  rows: ImportRow[];
  /** Computed from the rows without errors. */
  changes: ImportChanges;
  basedOnVersion: number;
  expiresAt: string;
}

/** The columns of the import spreadsheet and its template, in order. */
export const IMPORT_COLUMNS = ['area', 'action code', 'title (English)', 'title (Russian)'] as const;
export const MAX_IMPORT_ROWS = 1000;
