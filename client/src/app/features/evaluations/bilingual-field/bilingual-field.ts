import { CdkTextareaAutosize } from '@angular/cdk/text-field';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';

import { type BilingualText, missingLanguage } from '../data-access';

let nextId = 0;

/**
 * One text of the evaluation in English and Russian, side by side (one under the other on
 * narrow screens). Where one language has text and the other has none, the empty one says
 * so: the report will print a "not available in …" note there instead of a hole.
 */
@Component({
  selector: 'app-bilingual-field',
  imports: [CdkTextareaAutosize, MatFormField, MatHint, MatIcon, MatInput, MatLabel, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="pair" [disabled]="readonly()">
      <legend class="legend" [class.visually-hidden]="hideLegend()">{{ label() }}</legend>
      @for (lang of langs; track lang) {
        <mat-form-field class="lang" [class.missing]="missing() === lang" subscriptSizing="dynamic">
          <mat-label>{{ 'evaluations.lang.' + lang | transloco }}</mat-label>
          <textarea
            matInput
            cdkTextareaAutosize
            [cdkAutosizeMinRows]="minRows()"
            [cdkAutosizeMaxRows]="24"
            [attr.lang]="lang"
            [attr.data-lang]="lang"
            [id]="id + '-' + lang"
            [value]="text()[lang]"
            [readonly]="readonly()"
            (input)="edit(lang, $event)"
          ></textarea>
          @if (missing() === lang) {
            <mat-hint class="missing-cue">
              <mat-icon svgIcon="translate" aria-hidden="true" />
              {{ 'evaluations.missingIn.' + lang | transloco }}
            </mat-hint>
          }
        </mat-form-field>
      }
    </fieldset>
  `,
  styles: `
    .pair {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 300px), 1fr));
      gap: 8px 16px;
      margin: 0;
      padding: 0;
      border: 0;
      min-width: 0;
    }
    .legend {
      padding: 0;
      margin-bottom: 4px;
      font: var(--mat-sys-title-small);
    }
    .missing-cue {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      color: var(--mat-sys-on-tertiary-container);
      font-weight: 500;
    }
    .missing-cue mat-icon {
      width: 16px;
      height: 16px;
    }
    .missing {
      --mat-form-field-outlined-outline-color: var(--mat-sys-tertiary);
    }
  `,
})
export class BilingualField {
  readonly label = input.required<string>();
  readonly text = input.required<BilingualText>();
  readonly minRows = input(3);
  readonly readonly = input(false);
  /** The legend is only for assistive technology (a heading above says the same). */
  readonly hideLegend = input(false);
  readonly changed = output<BilingualText>();

  protected readonly langs = ['en', 'ru'] as const;
  protected readonly id = `bilingual-${nextId++}`;
  protected readonly missing = computed(() => missingLanguage(this.text()));

  protected edit(lang: 'en' | 'ru', event: Event): void {
    const value = (event.target as HTMLTextAreaElement).value;
    this.changed.emit({ ...this.text(), [lang]: value });
  }
}
