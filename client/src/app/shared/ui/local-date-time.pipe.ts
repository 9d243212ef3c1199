import { Pipe, type PipeTransform } from '@angular/core';
import type { Locale } from '@ppm/shared';

import { formatDateTime } from './dates';

/** A moment as date and local time ("15 Dec 2026, 14:05"), see `formatDateTime`. */
@Pipe({ name: 'localDateTime' })
export class LocalDateTimePipe implements PipeTransform {
  transform(value: string | null | undefined, locale: Locale): string {
    return formatDateTime(value, locale);
  }
}
