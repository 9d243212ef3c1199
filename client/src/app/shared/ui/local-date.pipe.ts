import { Pipe, type PipeTransform } from '@angular/core';
import type { Locale } from '@ppm/shared';

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * An ISO date-time as a date in the given language ("29 Nov 2026" / "29 нояб. 2026 г."),
 * through `Intl`, so no Angular locale data has to be shipped. Null stays empty.
 */
@Pipe({ name: 'localDate' })
export class LocalDatePipe implements PipeTransform {
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
      format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
      formats.set(locale, format);
    }
    return format.format(date);
  }
}
