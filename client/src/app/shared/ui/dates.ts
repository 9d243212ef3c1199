import type { Locale } from '@ppm/shared';

/**
 * The one way the product writes dates, per language: day first, month abbreviated
 * ("15 Dec 2026", "15 дек. 2026 г."), times on the 24-hour clock. `en-GB` rather than `en`:
 * readers in Europe and Central Asia write the day first, and one format everywhere is easier
 * to read than two.
 */
export const DATE_LOCALES: Readonly<Record<Locale, string>> = { en: 'en-GB', ru: 'ru-RU' };

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;
const formats = new Map<string, Intl.DateTimeFormat>();

function formatOf(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(DATE_LOCALES[locale], options);
    formats.set(key, format);
  }
  return format;
}

/**
 * A date: a calendar day ("2026-12-15", a deadline) is read in UTC as the server means it, so it
 * never shifts to the day before west of Greenwich; a moment (ISO date-time) shows the local day.
 * Nothing, or something that is not a date, stays empty.
 */
export function formatDate(value: string | null | undefined, locale: Locale): string {
  if (!value) {
    return '';
  }
  if (CALENDAR_DAY.test(value)) {
    return formatOf(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
      new Date(`${value}T00:00:00Z`),
    );
  }
  const moment = new Date(value);
  return Number.isNaN(moment.getTime())
    ? ''
    : formatOf(locale, { dateStyle: 'medium' }).format(moment);
}

/** A moment as date and local time: "15 Dec 2026, 14:05", "15 дек. 2026 г., 14:05". */
export function formatDateTime(value: string | null | undefined, locale: Locale): string {
  if (!value) {
    return '';
  }
  const moment = new Date(value);
  return Number.isNaN(moment.getTime())
    ? ''
    : formatOf(locale, { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' }).format(
        moment,
      );
}

/** A moment's local time alone, on the 24-hour clock: "14:05". */
export function formatTime(value: string, locale: Locale): string {
  const moment = new Date(value);
  return Number.isNaN(moment.getTime())
    ? ''
    : formatOf(locale, { timeStyle: 'short', hourCycle: 'h23' }).format(moment);
}

const DAY_MS = 86_400_000;

/** How many days ago, in words of the language: "today", "yesterday", "3 days ago", "3 дня назад". */
export function formatDaysAgo(value: string, now: Date, locale: Locale): string {
  const then = new Date(value);
  if (Number.isNaN(then.getTime())) {
    return '';
  }
  const startOf = (date: Date): number =>
    new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
  const days = Math.round((startOf(now) - startOf(then)) / DAY_MS);
  return new Intl.RelativeTimeFormat(DATE_LOCALES[locale], { numeric: 'auto' }).format(
    -days,
    'day',
  );
}
