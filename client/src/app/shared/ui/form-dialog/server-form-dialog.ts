import { ElementRef, type Signal, computed, effect, inject } from '@angular/core';
import type { AbstractControl } from '@angular/forms';
import { MatDialogRef } from '@angular/material/dialog';

import { applyServerErrors, readyToSubmit } from '../../../core/forms';
import type { ApiError } from '../../../core/http';

export interface ServerFormDialogOptions {
  readonly form: AbstractControl;
  /** Where the form's request stands, as the store tells it. */
  readonly status: Signal<string>;
  /** The server's answer when the request failed. */
  readonly error: Signal<ApiError | null>;
  /** Puts the server's complaints on the form; by default each field problem on its control. */
  readonly showErrors?: (error: ApiError | null) => void;
  /** Whether the dialog closes, with `true`, once the request succeeded (by default it does). */
  readonly closesWhenSaved?: () => boolean;
}

export interface ServerFormDialog {
  /** The request is on its way. */
  readonly saving: Signal<boolean>;
  /**
   * Whether the form may go to the server: not while a request is on its way, nor with
   * problems (those are shown, and the cursor goes to the first).
   */
  canSubmit(): boolean;
}

/**
 * The workings every dialog shares whose form is saved through the store: the server's
 * complaints land on the fields, the dialog closes with `true` once saved, and a submit
 * waits for a request on its way and for a form without problems. Call it in a field
 * initializer of the dialog component, after the form.
 */
export function serverFormDialog(options: ServerFormDialogOptions): ServerFormDialog {
  const dialogRef = inject(MatDialogRef);
  const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  const { form, status, error } = options;
  const showErrors = options.showErrors ?? ((shown) => applyServerErrors(form, shown));
  const closesWhenSaved = options.closesWhenSaved ?? (() => true);

  effect(() => showErrors(error()));
  effect(() => {
    if (status() === 'saved' && closesWhenSaved()) {
      dialogRef.close(true);
    }
  });

  const saving = computed(() => status() === 'saving');
  return {
    saving,
    canSubmit: () => !saving() && readyToSubmit(form, host),
  };
}
