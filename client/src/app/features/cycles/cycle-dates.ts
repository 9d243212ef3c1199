import { Injectable, type Provider, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  DateAdapter,
  MAT_DATE_FORMATS,
  MAT_NATIVE_DATE_FORMATS,
  NativeDateAdapter,
} from '@angular/material/core';
import { Store } from '@ngrx/store';
import type { Locale } from '@ppm/shared';

import { selectLocale } from '../../core/i18n';

/**
 * The locale of date fields: day first in both languages ("31/03/2026", "31.03.2026"), as
 * people write dates in Europe and Central Asia, rather than the American "3/31/2026".
 */
export const DATE_FIELD_LOCALES: Readonly<Record<Locale, string>> = { en: 'en-GB', ru: 'ru' };

/** "2026-03-31" for the calendar day a picker gave (local midnight). */
export function toIsoDate(date: Date): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The calendar day "2026-03-31" as a picker holds it (local midnight); null if not a day. */
export function fromIsoDate(iso: string | null | undefined): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return match ? validDay(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

function validDay(year: number, month: number, day: number): Date | null {
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day
    ? date
    : null;
}

/**
 * A typed date: "2026-03-31", or day first with dots, slashes or dashes ("31.03.2026",
 * "31/3/2026"). `undefined` when the text has neither shape; `null` for an impossible day.
 */
export function parseTypedDate(text: string): Date | null | undefined {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (iso) {
    return validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  }
  const dayFirst = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(value);
  if (dayFirst) {
    return validDay(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  }
  return undefined;
}

/**
 * Material's native adapter, following the interface language and reading day-first dates
 * (the native one hands typed text to `Date.parse`, which reads "31.03.2026" as nothing).
 */
@Injectable()
export class CycleDateAdapter extends NativeDateAdapter {
  constructor() {
    super();
    inject(Store)
      .select(selectLocale)
      .pipe(takeUntilDestroyed())
      .subscribe((locale) => this.setLocale(DATE_FIELD_LOCALES[locale]));
  }

  override parse(value: unknown, parseFormat?: unknown): Date | null {
    if (typeof value === 'string') {
      const typed = parseTypedDate(value);
      if (typed !== undefined) {
        return typed ?? this.invalid();
      }
    }
    return super.parse(value, parseFormat);
  }
}

/** Date fields for the cycles pages and their dialogs. */
export function provideCycleDates(): Provider[] {
  return [
    { provide: DateAdapter, useClass: CycleDateAdapter },
    { provide: MAT_DATE_FORMATS, useValue: MAT_NATIVE_DATE_FORMATS },
  ];
}
