import type { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';

import { provideTranslationScope } from '../../core/i18n';
import { AuditPage } from './audit-page/audit-page';
import { auditEffects, auditFeature } from './data-access';

/** `/audit` (admins and the Secretariat: the route's `roleIn` guard sits in app.routes). */
export default [
  {
    path: '',
    title: 'audit.title',
    providers: [
      provideTranslationScope('audit'),
      provideState(auditFeature),
      provideEffects(auditEffects),
    ],
    component: AuditPage,
  },
] satisfies Routes;
