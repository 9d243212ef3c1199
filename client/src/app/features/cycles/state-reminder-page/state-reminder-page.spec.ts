import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { provideRouter } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import type { Locale } from '@ppm/shared';

import { provideTranslocoForTests } from '../../../../testing/i18n-testing';
import { provideIconsForTests } from '../../../../testing/icons-testing';
import { selectLocale } from '../../../core/i18n';
import {
  type ReminderState,
  type StateReminder,
  StateReminderPageActions,
  selectAllReviewRows,
  selectCurrentCycleView,
  selectReminder,
  toCycleView,
  toReviewRowViews,
} from '../data-access';
import { OPEN_CYCLE, REGIONS, REVIEW_ROWS, STATES } from '../data-access/testing/cycles-fixture';
import { StateReminderPage } from './state-reminder-page';

const NEVER_REMINDED: StateReminder = {
  stateCode: 'CZ',
  reportStatus: 'not_started',
  deadline: '2026-12-08',
  lastRemindedAt: null,
  lastRemindedBy: null,
  recipients: 2,
  canRemind: true,
};

const LOADED: ReminderState = {
  stateCode: 'CZ',
  status: 'loaded',
  view: NEVER_REMINDED,
  error: null,
  sending: 'idle',
  sendError: null,
};

describe('StateReminderPage (a state that has not started)', () => {
  let fixture: ComponentFixture<StateReminderPage>;
  let loader: HarnessLoader;
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let page: HTMLElement;

  const text = (element: Element | null | undefined): string =>
    element?.textContent.replace(/\s+/g, ' ').trim() ?? '';
  const facts = (): string[] =>
    Array.from(page.querySelectorAll('.facts dt')).map(
      (term) => `${text(term)}: ${text(term.nextElementSibling)}`,
    );

  async function render(reminder: ReminderState, locale: Locale = 'en'): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideMockStore(),
        provideTranslocoForTests(locale),
        provideIconsForTests(),
      ],
    });
    store = TestBed.inject(MockStore);
    store.overrideSelector(selectReminder, reminder);
    store.overrideSelector(selectCurrentCycleView, toCycleView(OPEN_CYCLE, STATES, locale));
    store.overrideSelector(
      selectAllReviewRows,
      toReviewRowViews(REVIEW_ROWS, OPEN_CYCLE, STATES, REGIONS, locale),
    );
    store.overrideSelector(selectLocale, locale);
    dispatch = spyOn(store, 'dispatch').and.callThrough();
    fixture = TestBed.createComponent(StateReminderPage);
    fixture.componentRef.setInput('cycleId', OPEN_CYCLE.id);
    fixture.componentRef.setInput('stateCode', 'CZ');
    loader = TestbedHarnessEnvironment.loader(fixture);
    page = fixture.nativeElement as HTMLElement;
    TestBed.inject(TranslocoService).setActiveLang(locale);
    await fixture.whenStable();
  }

  afterEach(() => store.resetSelectors());

  describe('never reminded', () => {
    beforeEach(() => render(LOADED));

    it('loads the state of the address', () => {
      expect(dispatch).toHaveBeenCalledWith(
        StateReminderPageActions.opened({ cycleId: OPEN_CYCLE.id, stateCode: 'CZ' }),
      );
    });

    it('says the state has not started, with the deadline, no reminder yet and who would be told', () => {
      expect(text(page.querySelector('h1'))).toBe('Czechia has not started its report');
      expect(text(page.querySelector('.back'))).toBe('2026 annual report');
      expect(page.querySelector('.back')?.getAttribute('href')).toBe(`/cycles/${OPEN_CYCLE.id}`);
      expect(facts()).toEqual([
        'Deadline: 8 Dec 2026 Late',
        'Last reminded: Not reminded yet',
        'Recipients (focal points and contributors): 2',
      ]);
    });

    it('reminds the state when asked', async () => {
      const remind = await loader.getHarness(MatButtonHarness.with({ text: /Remind Czechia/ }));
      expect(await remind.isDisabled()).toBeFalse();
      await remind.click();

      expect(dispatch).toHaveBeenCalledWith(
        StateReminderPageActions.remindClicked({ cycleId: OPEN_CYCLE.id, stateCode: 'CZ' }),
      );
    });
  });

  describe('just reminded', () => {
    const sentAt = new Date(2026, 11, 1, 9, 30).toISOString();
    beforeEach(() =>
      render({
        ...LOADED,
        view: {
          ...NEVER_REMINDED,
          lastRemindedAt: sentAt,
          lastRemindedBy: 'secretariat',
          canRemind: false,
        },
        sending: 'saved',
      }),
    );

    it('confirms, shows when and by whom, and explains why it cannot remind again yet', async () => {
      expect(text(page.querySelector('app-alert'))).toBe('Reminder sent. Recipients: 2.');
      expect(facts()[1]).toBe('Last reminded: 1 Dec 2026, 09:30 by the Secretariat');
      const remind = await loader.getHarness(MatButtonHarness.with({ text: /Remind Czechia/ }));
      expect(await remind.isDisabled()).toBeTrue();
      expect(text(page.querySelector('.hint'))).toBe(
        'Czechia was reminded less than an hour ago. You can remind again later.',
      );
    });
  });

  describe('for a state with nobody to tell, in Russian', () => {
    beforeEach(() =>
      render({ ...LOADED, view: { ...NEVER_REMINDED, recipients: 0, canRemind: false } }, 'ru'),
    );

    it('says who can fix it', async () => {
      expect(text(page.querySelector('h1'))).toBe('Чехия: отчёт не начат');
      expect(text(page.querySelector('.hint'))).toContain('Администратор может пригласить');
      const remind = await loader.getHarness(MatButtonHarness.with({ text: /Напомнить/ }));
      expect(await remind.isDisabled()).toBeTrue();
    });
  });

  describe('when the state is not expected in the cycle', () => {
    beforeEach(() =>
      render({
        ...LOADED,
        status: 'failed',
        view: null,
        error: { status: 404, code: 'not_found', message: 'x', details: [] },
      }),
    );

    it('says so under a heading, with the way back', () => {
      expect(text(page.querySelector('h1'))).toBe('State not found');
      expect(text(page.querySelector('app-alert'))).toBe(
        'This state is not expected to report in this cycle.',
      );
      expect(page.querySelector('.back')).not.toBeNull();
    });
  });
});
