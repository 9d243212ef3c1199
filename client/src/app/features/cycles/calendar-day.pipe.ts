import { Pipe, type PipeTransform } from '@angular/core';
import type { Locale } from '@ppm/shared';

import { formatDate } from '../../shared/ui/dates';

/**
 * A date in the product's one format ("31 Mar 2026" / "31 мар. 2026 г."): a calendar day
 * ("2026-03-31", a deadline) as the server means it (UTC), a moment as the local day.
 */
@Pipe({ name: 'calendarDay' })
export class CalendarDayPipe implements PipeTransform {
  transform(value: string | null | undefined, locale: Locale): string {
    return formatDate(value, locale);
  }
}
