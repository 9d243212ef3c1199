import { TestBed } from '@angular/core/testing';
import { DateAdapter } from '@angular/material/core';
import { MockStore, provideMockStore } from '@ngrx/store/testing';

import { selectLocale } from '../../core/i18n';
import { CalendarDayPipe } from './calendar-day.pipe';
import {
  CycleDateAdapter,
  fromIsoDate,
  parseTypedDate,
  provideCycleDates,
  toIsoDate,
} from './cycle-dates';

describe('cycle dates', () => {
  it('turn a picked day into the server\'s "YYYY-MM-DD" and back', () => {
    expect(toIsoDate(new Date(2026, 2, 31))).toBe('2026-03-31');
    expect(toIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(fromIsoDate('2026-03-31')).toEqual(new Date(2026, 2, 31));
    expect(fromIsoDate('2026-02-30')).toBeNull();
    expect(fromIsoDate(null)).toBeNull();
  });

  describe('parseTypedDate', () => {
    it('reads ISO days and day-first dates with dots, slashes or dashes', () => {
      for (const text of ['2026-03-31', '31.03.2026', '31/3/2026', ' 31-03-2026 ']) {
        expect(parseTypedDate(text))
          .withContext(text)
          .toEqual(new Date(2026, 2, 31));
      }
    });

    it('refuses days that do not exist, and leaves other text to the native parser', () => {
      expect(parseTypedDate('31.02.2026')).toBeNull();
      expect(parseTypedDate('March 31, 2026')).toBeUndefined();
    });
  });

  describe('CycleDateAdapter', () => {
    let adapter: DateAdapter<Date>;
    let store: MockStore;

    beforeEach(() => {
      TestBed.configureTestingModule({ providers: [provideMockStore(), provideCycleDates()] });
      store = TestBed.inject(MockStore);
      store.overrideSelector(selectLocale, 'en');
      adapter = TestBed.inject(DateAdapter);
    });

    afterEach(() => store.resetSelectors());

    it('is the adapter of the date fields', () => {
      expect(adapter).toBeInstanceOf(CycleDateAdapter);
    });

    it('writes dates day first in English, and follows a switch to Russian', () => {
      const day = new Date(2026, 2, 31);
      const numeric = { year: 'numeric', month: 'numeric', day: 'numeric' };

      expect(adapter.format(day, numeric)).toBe('31/03/2026');

      store.overrideSelector(selectLocale, 'ru');
      store.refreshState();

      expect(adapter.format(day, numeric)).toBe('31.03.2026');
      expect(adapter.getFirstDayOfWeek()).toBe(1);
    });

    it('reads what a person types, and says when it is no day at all', () => {
      expect(adapter.parse('31.03.2026', null)).toEqual(new Date(2026, 2, 31));
      expect(adapter.isValid(adapter.parse('31.02.2026', null)!)).toBeFalse();
    });
  });

  describe('CalendarDayPipe', () => {
    const pipe = new CalendarDayPipe();

    it('shows a calendar day as that day everywhere, in the language', () => {
      expect(pipe.transform('2026-12-08', 'en')).toBe('8 Dec 2026');
      expect(pipe.transform('2026-12-08', 'ru')).toBe('8 дек. 2026 г.');
    });

    it('shows the local day of a moment, and nothing for nothing', () => {
      const noon = new Date(2026, 10, 20, 12).toISOString();

      expect(pipe.transform(noon, 'en')).toBe('20 Nov 2026');
      expect(pipe.transform(null, 'en')).toBe('');
      expect(pipe.transform('soon', 'en')).toBe('');
    });
  });
});
