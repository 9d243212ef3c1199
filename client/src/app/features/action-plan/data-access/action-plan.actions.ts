import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ActionPlanView, ImportPreview, LocalizedText } from '@ppm/shared';

import type { ApiError } from '../../../core/http';
import type { AreaChanges } from './action-plan.api';
import type { ChosenFile } from './import-files';

/** Events from the action plan page. Edits carry the plan version the person saw. */
export const ActionPlanPageActions = createActionGroup({
  source: 'Action Plan Page',
  events: {
    Opened: emptyProps(),
    'Reload Clicked': emptyProps(),
    'Retire Confirmed': props<{ actionCode: string; version: number }>(),
    'Restore Confirmed': props<{ actionCode: string; version: number }>(),
    /** By drag and drop or the move buttons: the area's codes in their new order. */
    'Action Moved': props<{ areaCode: string; actionCodes: string[]; version: number }>(),
    'Notice Dismissed': emptyProps(),
  },
});

/** Events from the overview (home page), which shows the plan at a glance. */
export const OverviewPageActions = createActionGroup({
  source: 'Overview Page',
  events: {
    Opened: emptyProps(),
    'Retry Clicked': emptyProps(),
  },
});

/** Events from the dialog that edits an area's titles. */
export const AreaDialogActions = createActionGroup({
  source: 'Area Dialog',
  events: {
    Opened: emptyProps(),
    Submitted: props<{ areaCode: string; version: number; changes: AreaChanges }>(),
  },
});

/** Events from the dialog that adds an action or renames one. */
export const ActionDialogActions = createActionGroup({
  source: 'Action Dialog',
  events: {
    Opened: emptyProps(),
    'Add Submitted': props<{ areaCode: string; version: number; title: LocalizedText }>(),
    'Rename Submitted': props<{ actionCode: string; version: number; title: LocalizedText }>(),
  },
});

/** Answers of the action plan API. */
export const ActionPlanApiActions = createActionGroup({
  source: 'Action Plan API',
  events: {
    'Plan Loaded': props<{ plan: ActionPlanView }>(),
    'Plan Load Failed': props<{ error: ApiError }>(),
    'Area Saved': props<{ plan: ActionPlanView }>(),
    'Action Added': props<{ plan: ActionPlanView }>(),
    'Action Saved': props<{ plan: ActionPlanView }>(),
    'Actions Reordered': props<{ plan: ActionPlanView }>(),
    'Edit Failed': props<{ error: ApiError }>(),
  },
});

/** Events from the import page (Secretariat). */
export const ImportPageActions = createActionGroup({
  source: 'Action Plan Import Page',
  events: {
    Opened: emptyProps(),
    /** The file itself waits in `ImportFiles`; the event carries its id. */
    'File Chosen': props<{ file: ChosenFile }>(),
    'Apply Confirmed': props<{ previewId: string; version: number }>(),
    'Preview Discarded': emptyProps(),
  },
});

/** Answers of the import API. */
export const ImportApiActions = createActionGroup({
  source: 'Action Plan Import API',
  events: {
    'Upload Progressed': props<{ percent: number }>(),
    'Preview Received': props<{ preview: ImportPreview }>(),
    'Preview Failed': props<{ error: ApiError }>(),
    'Import Applied': props<{ plan: ActionPlanView }>(),
    'Apply Failed': props<{ error: ApiError }>(),
  },
});
