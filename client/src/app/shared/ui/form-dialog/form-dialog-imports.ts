import { ReactiveFormsModule } from '@angular/forms';
import { MatDialogContent, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';

import { FieldError } from '../field-error/field-error';
import { DialogActions } from './dialog-actions';

/**
 * What the template of every form dialog uses: a title, content with reactive text fields
 * and their problems, and `<app-dialog-actions>`. List it first in the component's
 * `imports`, then whatever else the dialog needs.
 */
export const FORM_DIALOG_IMPORTS = [
  ReactiveFormsModule,
  MatDialogTitle,
  MatDialogContent,
  MatFormField,
  MatLabel,
  MatInput,
  MatError,
  FieldError,
  DialogActions,
  TranslocoPipe,
] as const;
