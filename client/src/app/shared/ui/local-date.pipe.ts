import { Pipe, type PipeTransform } from '@angular/core';
import type { Locale } from '@ppm/shared';

import { formatDate } from './dates';

/**
 * A date in the given language, the product's one format ("15 Dec 2026" / "15 дек. 2026 г.",
 * see `formatDate`): calendar days as the server means them, moments as the local day.
 */
@Pipe({ name: 'localDate' })
export class LocalDatePipe implements PipeTransform {
  transform(value: string | null | undefined, locale: Locale): string {
    return formatDate(value, locale);
  }
}
