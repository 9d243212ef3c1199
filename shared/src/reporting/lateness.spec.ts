import { daysUntilDeadline, deadlineEnd, isLate } from './lateness.js';

describe('deadlineEnd', () => {
  it('is the last millisecond of the day in UTC', () => {
    expect(deadlineEnd('2026-03-31').toISOString()).toBe('2026-03-31T23:59:59.999Z');
  });
});

describe('isLate', () => {
  it('judges a submission by its first time, and an open report by now', () => {
    expect(isLate('2026-03-31', '2026-03-31T23:59:59.999Z', new Date('2026-06-01'))).toBeFalse();
    expect(isLate('2026-03-31', '2026-04-01T00:00:00.000Z', new Date('2026-06-01'))).toBeTrue();
    expect(isLate('2026-03-31', null, new Date('2026-03-31T23:59:59.999Z'))).toBeFalse();
    expect(isLate('2026-03-31', null, new Date('2026-04-01T00:00:00.000Z'))).toBeTrue();
  });
});

describe('daysUntilDeadline', () => {
  it('rounds partial days up', () => {
    // 6 days 11 h 59 min … → 7; 17 h 59 min … → 1; passed → 0 or less.
    expect(daysUntilDeadline('2030-03-31', new Date('2030-03-25T12:00:00Z'))).toBe(7);
    expect(daysUntilDeadline('2030-03-31', new Date('2030-03-31T06:00:00Z'))).toBe(1);
    expect(daysUntilDeadline('2030-03-31', new Date('2030-04-01T06:00:00Z'))).toBe(0);
  });
});
