import { ChangeDetectionStrategy, Component, booleanAttribute, input, model } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatIconButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';

import { FieldError } from '../field-error/field-error';

/**
 * A required password field of a reactive form, with its problems (the server's first) and
 * optionally a hint. `visible` shows the password as text; the field with `toggle` carries
 * the show/hide button, and fields bound to the same `[(visible)]` follow it.
 */
@Component({
  selector: 'app-password-field',
  imports: [
    ReactiveFormsModule,
    FieldError,
    MatError,
    MatFormField,
    MatHint,
    MatIcon,
    MatIconButton,
    MatInput,
    MatLabel,
    MatSuffix,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field [subscriptSizing]="hint() ? 'dynamic' : 'fixed'">
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        required
        [type]="visible() ? 'text' : 'password'"
        [formControl]="control()"
        [attr.autocomplete]="autocomplete()"
      />
      @if (toggle()) {
        <button
          mat-icon-button
          matSuffix
          type="button"
          class="visibility-toggle"
          [attr.aria-label]="'forms.showPassword' | transloco"
          [attr.aria-pressed]="visible()"
          (click)="visible.set(!visible())"
        >
          <mat-icon [svgIcon]="visible() ? 'visibility_off' : 'visibility'" />
        </button>
      }
      @if (hint(); as hint) {
        <mat-hint>{{ hint }}</mat-hint>
      }
      <mat-error>
        <app-field-error [control]="control()" [messages]="messages()" />
      </mat-error>
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
    }
    mat-form-field {
      width: 100%;
    }
  `,
})
export class PasswordField {
  readonly control = input.required<FormControl<string>>();
  /** The field's label, in the active language. */
  readonly label = input.required<string>();
  /** Tells password managers whether to fill in the saved password or offer a new one. */
  readonly autocomplete = input.required<'current-password' | 'new-password'>();
  /** Translation keys of the validators' problems, as for `<app-field-error>`. */
  readonly messages = input<Readonly<Record<string, string>>>({});
  /** A hint under the field, in the active language. */
  readonly hint = input<string>();
  readonly visible = model(false);
  readonly toggle = input(false, { transform: booleanAttribute });
}
