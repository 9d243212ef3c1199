export { Alert, type AlertKind } from './alert/alert';
export { ConfirmDialog, type ConfirmDialogData, confirm } from './confirm-dialog/confirm-dialog';
export { FieldError } from './field-error/field-error';
export { LocalDatePipe } from './local-date.pipe';
export { OneTimeSecret } from './one-time-secret/one-time-secret';
