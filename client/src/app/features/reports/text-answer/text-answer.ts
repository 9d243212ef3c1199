import { CdkTextareaAutosize } from '@angular/cdk/text-field';
import {
  ChangeDetectionStrategy,
  Component,
  afterRenderEffect,
  computed,
  input,
  output,
  viewChild,
} from '@angular/core';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import type { LanguageText, Locale } from '@ppm/shared';

import { MAX_TEXT_LENGTH } from '../data-access';

let nextId = 0;

/**
 * Chromium (123+) and Safari (26+) grow a textarea with its text in CSS (`field-sizing`).
 * There the CDK's autosize, which measures each textarea by forcing a layout of the whole page
 * several times, stays off: with a report area's ~20 textareas that was most of the editor's
 * first render (docs/performance.md). Other browsers keep it.
 */
const CSS_GROWS_TEXTAREA = typeof CSS !== 'undefined' && CSS.supports('field-sizing', 'content');

/**
 * A free-text answer written in English or Russian: a textarea that grows with the text, a
 * character count against the limit, and the text's language beside it. An empty text
 * starts in the interface language. Controlled: it shows `value` and emits every change.
 */
@Component({
  selector: 'app-text-answer',
  imports: [
    CdkTextareaAutosize,
    MatButtonToggle,
    MatButtonToggleGroup,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="row">
      <mat-form-field class="field" subscriptSizing="dynamic">
        <mat-label>{{ label() }}</mat-label>
        <textarea
          matInput
          [cdkTextareaAutosize]="!cssGrows"
          [cdkAutosizeMinRows]="minRows()"
          [cdkAutosizeMaxRows]="maxRows"
          [class.grows]="cssGrows"
          [style.min-height.lh]="cssGrows ? minRows() : null"
          [style.max-height.lh]="cssGrows ? maxRows : null"
          [id]="id"
          [value]="value().text"
          [attr.lang]="lang()"
          [attr.maxlength]="max"
          [attr.aria-describedby]="id + '-count'"
          (input)="typed($event)"
          (blur)="blurred.emit()"
        ></textarea>
        @if (hint(); as hint) {
          <mat-hint>{{ hint }}</mat-hint>
        }
        <mat-hint align="end" class="count" [id]="id + '-count'" [class.near-limit]="nearLimit()">
          {{ 'reports.entry.charCount' | transloco: { count: count(), max: maxText } }}
        </mat-hint>
      </mat-form-field>
      <mat-button-toggle-group
        class="lang"
        hideSingleSelectionIndicator
        [value]="lang()"
        [attr.aria-label]="'reports.entry.textLang' | transloco: { field: label() }"
        (change)="languageChosen($event.value)"
      >
        <mat-button-toggle value="en" lang="en">EN</mat-button-toggle>
        <mat-button-toggle value="ru" lang="ru">RU</mat-button-toggle>
      </mat-button-toggle-group>
    </div>
  `,
  styles: `
    .row {
      display: flex;
      align-items: flex-start;
      gap: 8px;
    }
    .field {
      flex: 1 1 auto;
      min-width: 0;
    }
    .lang {
      flex: none;
      margin-block-start: 8px;
      --mat-button-toggle-height: 40px;
    }
    .grows {
      field-sizing: content;
    }
    .count {
      white-space: nowrap;
    }
    .near-limit {
      color: var(--mat-sys-error);
    }
    @media (max-width: 599.98px) {
      .row {
        flex-wrap: wrap;
        gap: 4px;
      }
      .field {
        flex-basis: 100%;
      }
      .lang {
        order: -1;
        margin: 0 0 0 auto;
        --mat-button-toggle-height: 32px;
      }
    }
  `,
})
export class TextAnswer {
  readonly label = input.required<string>();
  readonly value = input.required<LanguageText>();
  /** The interface language: the language of a text not yet written. */
  readonly uiLocale = input.required<Locale>();
  /** The person already chose a language for this (empty) text. */
  readonly langChosen = input(false);
  readonly hint = input<string | null>(null);
  readonly minRows = input(3);
  readonly valueChange = output<LanguageText>();
  readonly blurred = output();

  private readonly autosize = viewChild.required(CdkTextareaAutosize);

  protected readonly id = `text-answer-${nextId++}`;
  protected readonly cssGrows = CSS_GROWS_TEXTAREA;
  protected readonly maxRows = 24;
  protected readonly max = MAX_TEXT_LENGTH;
  protected readonly maxText = MAX_TEXT_LENGTH.toLocaleString('en').replace(/,/g, '\u202f');
  protected readonly lang = computed<Locale>(() =>
    this.value().text !== '' || this.langChosen() ? this.value().lang : this.uiLocale(),
  );
  protected readonly count = computed(() => this.value().text.length);
  protected readonly nearLimit = computed(() => this.count() > MAX_TEXT_LENGTH * 0.95);

  constructor() {
    // The textarea may first render where it cannot be measured (a tab coming into view),
    // and a value set from outside does not fire `input`: fit it after each render it changed.
    afterRenderEffect(() => {
      this.value();
      this.autosize().resizeToFitContent(true);
    });
  }

  protected typed(event: Event): void {
    const text = (event.target as HTMLTextAreaElement).value;
    this.valueChange.emit({ text, lang: this.lang() });
  }

  protected languageChosen(lang: Locale): void {
    this.valueChange.emit({ text: this.value().text, lang });
  }
}
