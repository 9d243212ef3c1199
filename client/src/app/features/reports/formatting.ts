import type { Locale } from '@ppm/shared';

/** An ISO moment as date and time in the language: "29 Nov 2026, 14:05" (the product's one format). */
export { formatDateTime } from '../../shared/ui/dates';

/**
 * How long ago, in words of the language ("10 seconds ago", "10 секунд назад"); null under five
 * seconds, which reads better as "just now".
 */
export function formatAgo(iso: string, now: Date, locale: Locale): string | null {
  const seconds = Math.max(0, Math.round((now.getTime() - new Date(iso).getTime()) / 1000));
  if (seconds < 5) {
    return null;
  }
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'always', style: 'long' });
  if (seconds < 60) {
    return format.format(-seconds, 'second');
  }
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) {
    return format.format(-minutes, 'minute');
  }
  const hours = Math.round(minutes / 60);
  if (hours < 24) {
    return format.format(-hours, 'hour');
  }
  return format.format(-Math.round(hours / 24), 'day');
}
