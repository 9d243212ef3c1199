import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { EntryField, EvidenceFile, Indicator, LanguageText, ReportEntry } from '@ppm/shared';

import { isAppLocale } from '../../../core/i18n';
import { formatFileSize } from '../../../shared/ui/file-size';

type Shown =
  | { kind: 'empty' }
  | { kind: 'none' }
  | { kind: 'choice'; key: string }
  | { kind: 'text'; text: string; lang: string }
  | {
      kind: 'support';
      categories: readonly string[];
      text: string;
      lang: string;
    }
  | { kind: 'links'; links: readonly { title: string; url: string }[] }
  | { kind: 'files'; files: readonly EvidenceFile[] }
  | { kind: 'indicators'; indicators: readonly Indicator[] };

function show(field: EntryField, value: unknown): Shown {
  if (value === null || value === undefined) {
    return { kind: 'empty' };
  }
  switch (field) {
    case 'participation':
      return { kind: 'choice', key: `reports.entry.participation.${value as string}` };
    case 'status':
      return { kind: 'choice', key: `reports.scale.${value as string}` };
    case 'narrative':
    case 'obstacles': {
      const text = value as LanguageText;
      return text.text.trim()
        ? { kind: 'text', text: text.text, lang: text.lang }
        : { kind: 'empty' };
    }
    case 'supportNeeded': {
      const support = value as ReportEntry['supportNeeded'];
      return support.categories.length === 0 && !support.text.text.trim()
        ? { kind: 'none' }
        : {
            kind: 'support',
            categories: support.categories,
            text: support.text.text,
            lang: support.text.lang,
          };
    }
    case 'links': {
      const links = value as ReportEntry['evidence']['links'];
      return links.length ? { kind: 'links', links } : { kind: 'none' };
    }
    case 'files': {
      const files = value as EvidenceFile[];
      return files.length ? { kind: 'files', files } : { kind: 'none' };
    }
    case 'indicators': {
      const indicators = value as Indicator[];
      return indicators.length ? { kind: 'indicators', indicators } : { kind: 'none' };
    }
  }
}

/**
 * One answer of an entry, read-only, as people read it: a choice by its label, a text in
 * its language, links and files by name, indicators as "name: value unit". Used by the
 * read-only report, comparisons and the review page.
 */
@Component({
  selector: 'app-field-value',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let shown = this.shown();
    @switch (shown.kind) {
      @case ('empty') {
        <span class="empty">{{ 'reports.entry.notAnswered' | transloco }}</span>
      }
      @case ('none') {
        <span class="empty">{{ 'reports.entry.none' | transloco }}</span>
      }
      @case ('choice') {
        <span>{{ shown.key | transloco }}</span>
      }
      @case ('text') {
        <p class="text" [attr.lang]="shown.lang">{{ shown.text }}</p>
      }
      @case ('support') {
        @if (shown.categories.length) {
          <ul class="tags">
            @for (category of shown.categories; track category) {
              <li>{{ 'reports.entry.support.categories.' + category | transloco }}</li>
            }
          </ul>
        }
        @if (shown.text) {
          <p class="text" [attr.lang]="shown.lang">{{ shown.text }}</p>
        }
      }
      @case ('links') {
        <ul class="list">
          @for (link of shown.links; track $index) {
            <li>
              <a [href]="link.url" target="_blank" rel="noopener noreferrer">{{ link.title }}</a>
            </li>
          }
        </ul>
      }
      @case ('files') {
        <ul class="list">
          @for (file of shown.files; track file.id) {
            <li>
              @if (fileUrl(); as url) {
                <a [href]="url(file.id)" download>{{ file.fileName }}</a>
              } @else {
                {{ file.fileName }}
              }
              {{ ' ' }}<span class="meta">({{ size(file.size) }})</span>
            </li>
          }
        </ul>
      }
      @case ('indicators') {
        <ul class="list">
          @for (indicator of shown.indicators; track $index) {
            <li>
              <strong>{{ indicator.name }}</strong>: {{ indicator.value }} {{ indicator.unit }}
              @if (indicator.note) {
                <span class="meta">— {{ indicator.note }}</span>
              }
            </li>
          }
        </ul>
      }
    }
  `,
  styles: `
    :host {
      display: block;
      min-width: 0;
      overflow-wrap: anywhere;
    }
    .empty,
    .meta {
      color: var(--mat-sys-on-surface-variant);
    }
    .empty {
      font-style: italic;
    }
    .text {
      margin: 0;
      white-space: pre-line;
    }
    .list,
    .tags {
      margin: 0;
      padding-inline-start: 20px;
    }
    .tags {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 8px;
      padding: 0;
      margin-block-end: 4px;
      list-style: none;
    }
    .tags li {
      padding: 2px 10px;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font: var(--mat-sys-label-medium);
    }
  `,
})
export class FieldValue {
  readonly field = input.required<EntryField>();
  readonly value = input.required<unknown>();
  /** Where a file of this entry downloads from; no links when absent. */
  readonly fileUrl = input<((fileId: string) => string) | null>(null);

  protected readonly shown = computed(() => show(this.field(), this.value()));
  /** The screen's language, read like the transloco pipe reads it: callers need not pass it in. */
  private readonly language = toSignal(inject(TranslocoService).langChanges$);

  protected size(bytes: number): string {
    const language = this.language();
    return formatFileSize(bytes, isAppLocale(language) ? language : 'en');
  }
}
