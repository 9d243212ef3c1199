import { Pipe, type PipeTransform } from '@angular/core';
import type { Locale } from '@ppm/shared';

import { DATE_LOCALES } from './dates';

/** Units as readers of each language write them (Russian: «Б», «КБ», «МБ», as file managers show). */
const UNITS: Readonly<Record<Locale, readonly [string, string, string]>> = {
  en: ['B', 'KB', 'MB'],
  ru: ['Б', 'КБ', 'МБ'],
};
const KILOBYTE = 1024;
const MEGABYTE = 1024 * 1024;
const numbers = new Map<string, Intl.NumberFormat>();

function numberIn(locale: Locale, fractionDigits: number): Intl.NumberFormat {
  const key = `${locale}|${fractionDigits}`;
  let format = numbers.get(key);
  if (!format) {
    format = new Intl.NumberFormat(DATE_LOCALES[locale], {
      maximumFractionDigits: fractionDigits,
      useGrouping: false,
    });
    numbers.set(key, format);
  }
  return format;
}

/**
 * A file size as people read it, in the reader's language: "830 KB", "4.2 MB"; «830 КБ»,
 * «4,2 МБ». A no-break space keeps the number with its unit.
 */
export function formatFileSize(bytes: number, locale: Locale): string {
  const [b, kb, mb] = UNITS[locale];
  if (bytes < KILOBYTE) {
    return `${numberIn(locale, 0).format(bytes)}\u00a0${b}`;
  }
  if (bytes < MEGABYTE) {
    return `${numberIn(locale, 0).format(Math.round(bytes / KILOBYTE))}\u00a0${kb}`;
  }
  const megabytes = bytes / MEGABYTE;
  return `${numberIn(locale, megabytes < 10 ? 1 : 0).format(megabytes)}\u00a0${mb}`;
}

/** `{{ file.size | fileSize: locale }}`, see `formatFileSize`. */
@Pipe({ name: 'fileSize' })
export class FileSizePipe implements PipeTransform {
  transform(bytes: number, locale: Locale): string {
    return formatFileSize(bytes, locale);
  }
}
