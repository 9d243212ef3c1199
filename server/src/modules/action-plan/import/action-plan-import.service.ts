import { randomUUID } from 'node:crypto';
import { type Action, type ActionPlanView, type Area, type ImportPreview, type User } from '@ppm/shared';
import mongoose from 'mongoose';
import { AppError } from '../../../platform/http/app-error.js';
import { recordAudit } from '../../audit/audit.service.js';
import { toPlanView } from '../action-plan.model.js';
import { assertVersion, commitPlan, loadCurrentPlan } from '../plan-store.js';
import { ActionPlanImportModel, type StoredImport } from './action-plan-import.model.js';
import { mergeImport } from './import-changes.js';
import { checkImportRows } from './import-rows.js';
import { readSpreadsheet } from './spreadsheet-reader.js';
import { type TemplateFormat, writeImportTemplate } from './import-template.js';

/** How long a preview can be applied. */
export const PREVIEW_TTL_MS = 60 * 60 * 1000;

/** Replacing the action list from a spreadsheet: preview first, then apply all or nothing. */
export const actionPlanImportService = {
  async template(format: TemplateFormat): Promise<Buffer> {
    return writeImportTemplate(toPlanView(await loadCurrentPlan()), format);
  },

  /** Reads and checks the file, stores what it would apply, and changes nothing in the plan. */
  async preview(actor: User, file: Buffer): Promise<ImportPreview> {
    const sheet = await readSpreadsheet(file);
    const plan = await loadCurrentPlan();
    const checked = checkImportRows(sheet, plan.areas);
    const valid = checked.errors.length === 0 && checked.rows.every((row) => row.errors.length === 0);
    const { changes } = mergeImport(plan.areas, checked.actions);
    const now = new Date();
    await ActionPlanImportModel.deleteMany({ expiresAt: mongoose.trusted({ $lte: now }) });
    const stored = await ActionPlanImportModel.create({
      _id: randomUUID(),
      planId: plan.planId,
      createdBy: { id: actor.id, email: actor.email, name: actor.name },
      createdAt: now,
      expiresAt: new Date(now.getTime() + PREVIEW_TTL_MS),
      basedOnVersion: plan.version,
      valid,
      actions: valid ? checked.actions : [],
    });
    return {
      previewId: stored._id,
      valid,
      errors: checked.errors,
      rows: checked.rows,
      changes,
      basedOnVersion: plan.version,
      expiresAt: stored.expiresAt.toISOString(),
    };
  },

  /**
   * Applies a preview in one versioned write: 409 if the plan changed since the preview (or it
   * was applied already), 422 if the preview had errors. Removed actions are retired.
   */
  async apply(actor: User, previewId: string, version: number): Promise<ActionPlanView> {
    const preview = await ActionPlanImportModel.findById(previewId).lean<StoredImport>();
    if (!preview || preview.expiresAt.getTime() <= Date.now()) {
      throw new AppError(404, 'not_found', 'This import preview does not exist or has expired. Upload the file again.');
    }
    if (preview.appliedAt) {
      throw AppError.conflict('import_already_applied', 'This import was applied already.');
    }
    if (!preview.valid) {
      throw new AppError(422, 'import_invalid', 'The previewed file has errors; correct them and upload it again.');
    }
    const plan = await loadCurrentPlan();
    if (plan.planId !== preview.planId || plan.version !== preview.basedOnVersion) {
      throw AppError.conflict(
        'stale_version',
        'The action plan was changed after this preview. Upload the file again to see what it would change now.',
        { currentVersion: plan.version },
      );
    }
    assertVersion(plan, version);
    const { areas } = mergeImport(plan.areas, preview.actions);
    const saved = await commitPlan(plan, { areas, actionsAreIllustrative: false });
    await ActionPlanImportModel.updateOne({ _id: previewId }, { $set: { appliedAt: new Date() } });
    await recordAudit({
      actor,
      action: 'action_plan.imported',
      entity: 'action_plan',
      entityId: plan.planId,
      before: actionList(plan.areas),
      after: actionList(saved.areas),
    });
    return toPlanView(saved);
  },
};

function actionList(areas: Area[]): Action[] {
  return areas.flatMap((area) =>
    area.actions.map((action) => ({
      code: action.code,
      title: { en: action.title.en, ru: action.title.ru },
      retired: action.retired,
    })),
  );
}
