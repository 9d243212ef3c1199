import type { TranslationParams } from '../../../core/i18n';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { AbstractControl } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { startWith, switchMap } from 'rxjs';

import { SERVER_ERROR, type ServerFieldError } from '../../../core/forms';

interface Shown {
  readonly key: string | null;
  readonly params: TranslationParams;
  readonly text: string;
}

/**
 * The message for a control's first problem, in the active language: a complaint the server
 * put there (see `applyServerErrors`) comes first, then the control's own validators in the
 * order of `messages`. Put it inside `<mat-error>`; it follows every change of the control.
 *
 * `messages` maps validator names to translation keys; the validator's error object is
 * passed as parameters, so "At least {{requiredLength}} characters" works for `minlength`.
 */
@Component({
  selector: 'app-field-error',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let shown = message();
    @if (shown) {
      @if (shown.key) {
        {{ shown.key | transloco: shown.params }}
      } @else {
        {{ shown.text }}
      }
    }
  `,
})
export class FieldError {
  readonly control = input.required<AbstractControl>();
  readonly messages = input<Readonly<Record<string, string>>>({});

  /** Changes whenever the control's value, status or touched state does. */
  private readonly changed = toSignal(
    toObservable(this.control).pipe(switchMap((control) => control.events.pipe(startWith(null)))),
  );

  protected readonly message = computed<Shown | null>(() => {
    this.changed();
    const control = this.control();
    const server = control.getError(SERVER_ERROR) as ServerFieldError | null;
    if (server) {
      return { key: server.key, params: server.params, text: server.message };
    }
    for (const [name, key] of Object.entries(this.messages())) {
      if (control.hasError(name)) {
        const detail: unknown = control.getError(name);
        const params =
          detail !== null && typeof detail === 'object' ? (detail as TranslationParams) : {};
        return { key, params, text: key };
      }
    }
    return null;
  });
}
