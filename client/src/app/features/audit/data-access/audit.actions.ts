import { createActionGroup, emptyProps, props } from '@ngrx/store';

import type { ApiError } from '../../../core/http';
import type { AuditEntry } from './audit.api';
import type { AuditNames } from './audit-names';

/** Events from the audit log page. */
export const AuditPageActions = createActionGroup({
  source: 'Audit Page',
  events: {
    Opened: emptyProps(),
    'Entity Filter Changed': props<{ entity: string | null }>(),
    'Load More Clicked': emptyProps(),
  },
});

/** Answers of the audit API. */
export const AuditApiActions = createActionGroup({
  source: 'Audit API',
  events: {
    /** `append`: a further (older) page, to add below what is shown. */
    'Page Loaded': props<{ entries: AuditEntry[]; nextBefore: string | null; append: boolean }>(),
    'Page Load Failed': props<{ error: ApiError }>(),
    'Names Loaded': props<{ names: AuditNames }>(),
    /** Without names the log still reads, naming things by their codes. */
    'Names Load Failed': props<{ error: ApiError }>(),
  },
});
