import { formatDaysAgo, formatTime } from './dates';
import { LocalDatePipe } from './local-date.pipe';
import { LocalDateTimePipe } from './local-date-time.pipe';

describe('The date pipes (one format per language)', () => {
  const date = new LocalDatePipe();
  const dateTime = new LocalDateTimePipe();

  it('write a deadline day the same way in every place: day first, short month', () => {
    expect(date.transform('2026-12-15', 'en')).toBe('15 Dec 2026');
    expect(date.transform('2026-12-15', 'ru')).toBe('15 дек. 2026 г.');
  });

  it('write a moment as its local day in the same format as a calendar day', () => {
    const noon = new Date(2026, 11, 15, 12, 0).toISOString();
    expect(date.transform(noon, 'en')).toBe('15 Dec 2026');
    expect(date.transform(noon, 'ru')).toBe('15 дек. 2026 г.');
  });

  it('add the local time on the 24-hour clock where the moment matters', () => {
    const afternoon = new Date(2026, 1, 27, 14, 5).toISOString();
    expect(dateTime.transform(afternoon, 'en')).toBe('27 Feb 2026, 14:05');
    expect(dateTime.transform(afternoon, 'ru')).toBe('27 февр. 2026 г., 14:05');
    expect(formatTime(afternoon, 'en')).toBe('14:05');
    expect(formatTime(afternoon, 'ru')).toBe('14:05');
  });

  it('stay empty for no date or a broken one', () => {
    expect(date.transform(null, 'en')).toBe('');
    expect(date.transform('not a date', 'en')).toBe('');
    expect(dateTime.transform(undefined, 'ru')).toBe('');
  });

  it('say how many days ago in words of the language', () => {
    const now = new Date(2026, 11, 6, 10, 0);
    expect(formatDaysAgo(new Date(2026, 11, 6, 8, 0).toISOString(), now, 'en')).toBe('today');
    expect(formatDaysAgo(new Date(2026, 11, 5, 23, 0).toISOString(), now, 'en')).toBe('yesterday');
    expect(formatDaysAgo(new Date(2026, 11, 3, 12, 0).toISOString(), now, 'en')).toBe('3 days ago');
    expect(formatDaysAgo(new Date(2026, 11, 3, 12, 0).toISOString(), now, 'ru')).toBe(
      '3 дня назад',
    );
  });
});
