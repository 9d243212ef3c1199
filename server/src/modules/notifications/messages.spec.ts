import { formatDay, messageFor } from './messages.js';

describe('Notification messages', () => {
  const cycleName = { en: '2026 annual report', ru: 'Ежегодный отчёт 2026' };
  const stateName = { en: 'Georgia', ru: 'Грузия' };

  describe('formatDay', () => {
    it('writes a calendar day the way readers of each language do, whatever the server’s time zone', () => {
      expect(formatDay('2026-12-31', 'en')).toBe('31 December 2026');
      expect(formatDay('2026-12-31', 'ru')).toBe('31 декабря 2026 г.');
      expect(formatDay('2027-01-01', 'en')).toBe('1 January 2027');
      expect(formatDay('2027-03-08', 'ru')).toBe('8 марта 2027 г.');
    });
  });

  describe('when a message names a deadline', () => {
    it('writes the day in each language and says that it ends at 23:59 UTC', () => {
      expect(messageFor('cycle_opened', { cycleName, deadline: '2026-12-31' })).toEqual({
        en: 'Reporting cycle "2026 annual report" is open: please report by 23:59 UTC on 31 December 2026.',
        ru: 'Открыт отчётный цикл «Ежегодный отчёт 2026»: просим представить отчёт до 23:59 UTC 31 декабря 2026 г.',
      });
      expect(messageFor('deadline_extended', { cycleName, stateName, deadline: '2027-04-30' })).toEqual({
        en: 'The deadline of Georgia for "2026 annual report" was extended to 23:59 UTC on 30 April 2027.',
        ru: 'Срок представления отчёта (Грузия) за «Ежегодный отчёт 2026» продлён до 23:59 UTC 30 апреля 2027 г.',
      });
      expect(messageFor('deadline_approaching', { cycleName, stateName, deadline: '2027-03-31', daysLeft: 7 })).toEqual(
        {
          en: 'The report of Georgia for "2026 annual report" is due by 23:59 UTC on 31 March 2027 (7 days left).',
          ru: 'Срок представления отчёта (Грузия) за «Ежегодный отчёт 2026» — до 23:59 UTC 31 марта 2027 г. (осталось дней: 7).',
        },
      );
    });
  });

  describe('when a message names no deadline', () => {
    it('has no date and no time in it', () => {
      expect(messageFor('report_approved', { cycleName, stateName })).toEqual({
        en: 'The report of Georgia for "2026 annual report" was approved.',
        ru: 'Отчёт (Грузия) за «Ежегодный отчёт 2026» утверждён.',
      });
    });
  });
});
