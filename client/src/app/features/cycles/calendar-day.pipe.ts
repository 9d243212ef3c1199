import { Pipe, type PipeTransform } from '@angular/core';
import type { Locale } from '@ppm/shared';

import { DATE_FIELD_LOCALES } from './cycle-dates';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(locale: Locale, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${locale}:${timeZone ?? ''}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(DATE_FIELD_LOCALES[locale], { dateStyle: 'medium', timeZone });
    formats.set(key, format);
  }
  return format;
}

/**
 * A date as "31 Mar 2026" / "31 мар. 2026 г.", through `Intl` (no Angular locale data). A
 * calendar day ("2026-03-31", a deadline) is read in UTC, as the server means it, so it never
 * shifts to the day before west of Greenwich; a moment (an ISO date-time) shows the local day.
 */
@Pipe({ name: 'calendarDay' })
export class CalendarDayPipe implements PipeTransform {
  transform(value: string | null | undefined, locale: Locale): string {
    if (!value) {
      return '';
    }
    if (DAY.test(value)) {
      return formatFor(locale, 'UTC').format(new Date(`${value}T00:00:00Z`));
    }
    const moment = new Date(value);
    return Number.isNaN(moment.getTime()) ? '' : formatFor(locale, undefined).format(moment);
  }
}
