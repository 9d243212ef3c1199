export { Alert, type AlertKind } from './alert/alert';
export { ButtonSpinner } from './button-spinner/button-spinner';
export { ConfirmDialog, type ConfirmDialogData, confirm } from './confirm-dialog/confirm-dialog';
export { FieldError } from './field-error/field-error';
export { DialogActions } from './form-dialog/dialog-actions';
export { FORM_DIALOG_IMPORTS } from './form-dialog/form-dialog-imports';
export {
  type ServerFormDialog,
  type ServerFormDialogOptions,
  serverFormDialog,
} from './form-dialog/server-form-dialog';
export { DATE_LOCALES, formatDate, formatDateTime } from './dates';
export { FileSizePipe, formatFileSize } from './file-size';
export { PHONE_TABLE_QUERY, mediaMatches } from './media-query';
export { LocalDatePipe } from './local-date.pipe';
export { LocalDateTimePipe } from './local-date-time.pipe';
export { MessagePage } from './message-page/message-page';
export { OneTimeSecret } from './one-time-secret/one-time-secret';
export { PasswordField } from './password-field/password-field';
export { RowFields, type RowFieldsContext } from './row-list/row-fields';
export { RowList, type RowListOptions } from './row-list/row-list';
export { ScrollRegion } from './scroll-region/scroll-region';
