import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { provideRouter } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import type { Locale, Role } from '@ppm/shared';

import { provideTranslocoForTests } from '../../../../testing/i18n-testing';
import { provideIconsForTests } from '../../../../testing/icons-testing';
import { selectLocale } from '../../../core/i18n';
import { selectRole } from '../../../core/session';
import { provideCycleDates } from '../cycle-dates';
import {
  type CycleCard,
  CyclesPageActions,
  type LoadStatus,
  selectCycleCards,
  selectCycleDialogError,
  selectCycleDialogStatus,
  selectCyclesStatus,
  selectReferenceStatus,
  selectStateGroups,
  toCycleCards,
  toStateGroups,
} from '../data-access';
import { CYCLES, REGIONS, REVIEW_ROWS, STATES } from '../data-access/testing/cycles-fixture';
import { CyclesPage } from './cycles-page';

const REVIEWS = {
  [CYCLES[1].id]: { status: 'loaded' as const, rows: REVIEW_ROWS, error: null },
};

describe('CyclesPage', () => {
  let fixture: ComponentFixture<CyclesPage>;
  let loader: HarnessLoader;
  let documentLoader: HarnessLoader;
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let page: HTMLElement;

  const text = (element: Element | null | undefined): string =>
    element?.textContent.replace(/\s+/g, ' ').trim() ?? '';

  async function render(
    options: { role?: Role; locale?: Locale; cards?: CycleCard[]; status?: LoadStatus } = {},
  ): Promise<void> {
    const locale = options.locale ?? 'en';
    const role = options.role ?? 'secretariat';
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideMockStore(),
        provideTranslocoForTests(locale),
        provideIconsForTests(),
        provideCycleDates(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    store.overrideSelector(selectCyclesStatus, options.status ?? 'loaded');
    store.overrideSelector(
      selectCycleCards,
      options.cards ?? toCycleCards(CYCLES, REVIEWS, role === 'focal_point' ? 'KZ' : null, locale),
    );
    store.overrideSelector(selectRole, role);
    store.overrideSelector(selectLocale, locale);
    store.overrideSelector(selectCycleDialogStatus, 'idle');
    store.overrideSelector(selectCycleDialogError, null);
    store.overrideSelector(selectStateGroups, toStateGroups(STATES, REGIONS, locale));
    store.overrideSelector(selectReferenceStatus, 'loaded');
    dispatch = spyOn(store, 'dispatch').and.callThrough();
    fixture = TestBed.createComponent(CyclesPage);
    loader = TestbedHarnessEnvironment.loader(fixture);
    documentLoader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    page = fixture.nativeElement as HTMLElement;
    TestBed.inject(TranslocoService).setActiveLang(locale);
    await fixture.whenStable();
  }

  afterEach(() => store.resetSelectors());

  const cards = (): HTMLElement[] => Array.from(page.querySelectorAll('app-cycle-card'));

  describe('for the Secretariat', () => {
    beforeEach(() => render());

    it('loads the cycles when it opens', () => {
      expect(dispatch).toHaveBeenCalledWith(CyclesPageActions.opened());
    });

    it('lists the cycles newest first, each with its status, dates and a link to it', () => {
      const [planned, open, closed] = cards();

      expect(cards().map((card) => text(card.querySelector('h2')))).toEqual([
        '2027 annual report',
        '2026 annual report',
        '2025 annual report',
      ]);
      expect(text(open.querySelector('app-status-chip'))).toBe('Open');
      expect(text(planned.querySelector('app-status-chip'))).toBe('Planned');
      expect(text(closed.querySelector('app-status-chip'))).toBe('Closed');
      expect(
        Array.from(open.querySelectorAll('.dates dd')).map((definition) => text(definition)),
      ).toEqual(['1 Jan 2026 – 31 Dec 2026', '25 Oct 2026', '8 Dec 2026']);
      expect(open.querySelector('h2 a')?.getAttribute('href')).toBe(`/cycles/${CYCLES[1].id}`);
    });

    it("counts the open cycle's reports per status, and the late ones", () => {
      expect(text(cards()[1].querySelector('.counts'))).toBe(
        'Not started: 1 Draft: 1 Returned: 1 Submitted: 1 Approved: 1 Late: 2',
      );
      expect(text(cards()[1].querySelector('.note'))).toBe('States expected: 5');
    });

    it('plans a new cycle in a dialog', async () => {
      await (await loader.getHarness(MatButtonHarness.with({ text: /New cycle/ }))).click();
      const dialog = await documentLoader.getHarness(MatDialogHarness);

      expect(await dialog.getTitleText()).toBe('New reporting cycle');
    });
  });

  describe('for a focal point', () => {
    beforeEach(() => render({ role: 'focal_point' }));

    it('shows their own report in the open cycle, with a link to "My report"', async () => {
      const open = cards()[1];
      const link = await loader.getHarness(MatButtonHarness.with({ text: /Open my report/ }));

      expect(text(open.querySelector('.own-line app-status-chip'))).toBe('Draft');
      expect(text(open.querySelector('.own-percent'))).toBe('39% complete');
      expect(text(open.querySelector('.own-extended'))).toBe(
        'Your deadline was extended to 20 Dec 2026.',
      );
      expect(await (await link.host()).getAttribute('href')).toBe('/my-report');
      expect(open.querySelector('.counts')).toBeNull();
    });

    it('says when a planned cycle opens, and offers no planning', async () => {
      expect(text(cards()[0].querySelector('.note'))).toBe(
        'Opens on 1 Oct 2027. You will be notified.',
      );
      expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /New cycle/ }))).toEqual(
        [],
      );
    });
  });

  describe('without any cycle', () => {
    it('invites the Secretariat to create the first one', async () => {
      await render({ cards: [] });

      expect(text(page.querySelector('.empty h2'))).toBe('No reporting cycles yet');
      expect(text(page.querySelector('.empty-text'))).toContain('Create the first reporting cycle');
      expect(
        await loader.getAllHarnesses(MatButtonHarness.with({ text: /Create the first cycle/ })),
      ).toHaveSize(1);
    });

    it('tells others they will hear when one opens', async () => {
      await render({ cards: [], role: 'evaluator' });

      expect(text(page.querySelector('.empty-text'))).toContain('You will be notified');
      expect(await loader.getAllHarnesses(MatButtonHarness)).toEqual([]);
    });
  });

  describe('when the cycles cannot be loaded', () => {
    beforeEach(() => render({ status: 'failed' }));

    it('offers to try again', async () => {
      dispatch.calls.reset();
      await (await loader.getHarness(MatButtonHarness.with({ text: 'Try again' }))).click();

      expect(dispatch).toHaveBeenCalledOnceWith(CyclesPageActions.opened());
    });
  });

  describe('in Russian', () => {
    beforeEach(() => render({ locale: 'ru' }));

    it('names the cycles, statuses and dates in Russian', () => {
      const open = cards()[1];

      expect(text(page.querySelector('h1'))).toBe('Отчётные циклы');
      expect(text(open.querySelector('h2'))).toBe('Ежегодный отчёт за 2026 год');
      expect(text(open.querySelector('app-status-chip'))).toBe('Открыт');
      expect(text(open.querySelector('.deadline'))).toBe('8 дек. 2026 г.');
      expect(text(open.querySelector('.counts'))).toContain('С просрочкой: 2');
    });
  });
});
