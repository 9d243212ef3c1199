import { LocalDatePipe } from './local-date.pipe';

describe('LocalDatePipe', () => {
  const pipe = new LocalDatePipe();

  it('writes the date in the language shown', () => {
    const iso = '2026-02-27T10:00:00.000Z';

    expect(pipe.transform(iso, 'en')).toContain('2026');
    expect(pipe.transform(iso, 'en')).toContain('Feb');
    expect(pipe.transform(iso, 'ru')).toContain('февр');
  });

  it('stays empty for no date or a broken one', () => {
    expect(pipe.transform(null, 'en')).toBe('');
    expect(pipe.transform('not a date', 'en')).toBe('');
  });
});
