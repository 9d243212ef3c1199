import { Pipe, type PipeTransform } from '@angular/core';
import type { Locale } from '@ppm/shared';

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * An ISO date-time as date and time in the given language ("29 Nov 2026, 14:05" /
 * "29 нояб. 2026 г., 14:05"), through `Intl`, so no Angular locale data is shipped.
 */
@Pipe({ name: 'localDateTime' })
export class LocalDateTimePipe implements PipeTransform {
  transform(iso: string | null | undefined, locale: Locale): string {
    if (!iso) {
      return '';
    }
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) {
      return '';
    }
    let format = formats.get(locale);
    if (!format) {
      format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
      formats.set(locale, format);
    }
    return format.format(date);
  }
}
