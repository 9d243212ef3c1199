export {
  AUDIT_PAGE_SIZE,
  AuditApi,
  type AuditEntry,
  type AuditPage,
  type AuditQuery,
} from './audit.api';
export { AuditApiActions, AuditPageActions } from './audit.actions';
export { type DiffRow, type DiffValue, diffValues } from './audit-diff';
export * as auditEffects from './audit.effects';
export {
  AUDIT_ENTITIES,
  type AuditEntryView,
  type AuditState,
  type AuditStatus,
  KNOWN_AUDIT_VERBS,
  auditFeature,
  initialAuditState,
  selectAuditEntity,
  selectAuditEntries,
  selectAuditError,
  selectAuditStatus,
  selectEntryViews,
  selectHasMore,
  selectNextBefore,
  toEntryView,
} from './audit.feature';
