import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatChipHarness } from '@angular/material/chips/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatIconHarness } from '@angular/material/icon/testing';
import { MatMenuHarness } from '@angular/material/menu/testing';
import { provideRouter } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import type { ActionPlanView, Locale, Role } from '@ppm/shared';

import { provideTranslocoForTests } from '../../../../testing/i18n-testing';
import { provideIconsForTests } from '../../../../testing/icons-testing';
import { AreaNavHarness } from '../../../shared/ui/area-nav/testing/area-nav-harness';
import { selectLocale } from '../../../core/i18n';
import { selectRole } from '../../../core/session';
import {
  ActionPlanPageActions,
  selectIsSaving,
  selectIsStale,
  selectNotice,
  selectPlanStatus,
  selectPlanView,
  selectSaveError,
  selectSaveStatus,
  toPlanView,
} from '../data-access';
import { planFixture, planWithRetired } from '../data-access/testing/plan-fixture';
import { ActionPlanPage } from './action-plan-page';

describe('ActionPlanPage', () => {
  let fixture: ComponentFixture<ActionPlanPage>;
  let loader: HarnessLoader;
  let documentLoader: HarnessLoader;
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let page: HTMLElement;

  const text = (element: Element | null | undefined): string =>
    element?.textContent.replace(/\s+/g, ' ').trim() ?? '';
  const texts = (selector: string): string[] =>
    Array.from(page.querySelectorAll(selector)).map((element) => text(element));

  async function render(
    options: {
      role?: Role;
      plan?: ActionPlanView | null;
      locale?: Locale;
      status?: 'loading' | 'loaded' | 'failed';
      stale?: boolean;
      saving?: boolean;
    } = {},
  ): Promise<void> {
    const locale = options.locale ?? 'en';
    TestBed.configureTestingModule({
      providers: [
        provideMockStore(),
        provideTranslocoForTests(locale),
        provideIconsForTests(),
        provideRouter([]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    const plan = options.plan === undefined ? planFixture() : options.plan;
    store.overrideSelector(selectPlanView, toPlanView(plan, locale));
    store.overrideSelector(selectPlanStatus, options.status ?? 'loaded');
    store.overrideSelector(selectIsSaving, options.saving ?? false);
    store.overrideSelector(selectIsStale, options.stale ?? false);
    store.overrideSelector(selectNotice, null);
    store.overrideSelector(selectSaveStatus, options.stale ? 'failed' : 'idle');
    store.overrideSelector(
      selectSaveError,
      options.stale
        ? { status: 409, code: 'stale_version', message: 'changed', details: [] }
        : null,
    );
    store.overrideSelector(selectRole, options.role ?? 'focal_point');
    store.overrideSelector(selectLocale, locale);
    dispatch = spyOn(store, 'dispatch').and.callThrough();
    fixture = TestBed.createComponent(ActionPlanPage);
    loader = TestbedHarnessEnvironment.loader(fixture);
    documentLoader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  afterEach(() => store.resetSelectors());

  describe('for a focal point', () => {
    beforeEach(() => render({ role: 'focal_point' }));

    it('asks for the plan when it opens', () => {
      expect(dispatch).toHaveBeenCalledWith(ActionPlanPageActions.opened());
    });

    it('lists all six areas by code and short title, the first one current', async () => {
      const nav = await loader.getHarness(AreaNavHarness.with({ label: 'Cooperation areas' }));
      const labels = await Promise.all(
        (await nav.getItems()).map((item) => item.getAccessibleText()),
      );

      expect(labels).toEqual([
        '1 · Irregular migration',
        '2 · Return and reintegration',
        '3 · Legal and labour migration',
        '4 · Integration',
        '5 · Migration and development',
        '6 · Asylum and international protection',
      ]);
      expect(await (await nav.getCurrent()).getCode()).toBe('1');
    });

    it('shows the first area with its actions: code, title, and the Russian title beneath', () => {
      expect(text(page.querySelector('.area-title'))).toBe(
        'Area 1: Preventing and fighting illegal migration',
      );
      expect(text(page.querySelector('.area-other'))).toBe(
        'Предотвращение незаконной миграции и борьба с ней',
      );
      expect(texts('.action .code').length).toBe(9);
      const first = page.querySelector('[data-code="1.1"]');
      expect(text(first?.querySelector('.title'))).toBe('Action 1.1');
      expect(text(first?.querySelector('.other'))).toBe('Действие 1.1');
      expect(first?.querySelector('.other')?.getAttribute('lang')).toBe('ru');
    });

    it('shows another area, and only it, when it is chosen in the list', async () => {
      await (await loader.getHarness(AreaNavHarness)).select('4');

      expect(text(page.querySelector('.area-title'))).toBe(
        'Area 4: Integration of legally residing migrants',
      );
      expect(texts('.action .code')).toEqual([
        '4.1',
        '4.2',
        '4.3',
        '4.4',
        '4.5',
        '4.6',
        '4.7',
        '4.8',
      ]);
    });

    it('explains that the actions are placeholders, without offering the import', () => {
      expect(text(page.querySelector('.illustrative'))).toContain('These actions are placeholders');
      expect(page.querySelector('.illustrative-link')).toBeNull();
    });

    it('offers no edits', async () => {
      expect(
        await loader.getAllHarnesses(MatButtonHarness.with({ text: /Edit titles|Add action/ })),
      ).toEqual([]);
      expect(page.querySelector('.move-up, .move-down, .more, .import-link')).toBeNull();
    });
  });

  describe('with retired actions', () => {
    beforeEach(() => render({ plan: planWithRetired(['1.3']) }));

    it('shows them muted with a "Retired" chip, and counts them apart', async () => {
      const chips = await loader.getAllHarnesses(
        MatChipHarness.with({ ancestor: '[data-code="1.3"]' }),
      );

      expect(chips.length).toBe(1);
      expect(await chips[0].getText()).toBe('Retired');
      expect(page.querySelector('[data-code="1.3"]')?.classList).toContain('retired');
      expect(page.querySelector('[data-code="1.2"] .retired-chip')).toBeNull();
      expect(text(page.querySelector('.area-counts'))).toBe('Actions in force: 8 · retired: 1');
    });
  });

  describe('for the Secretariat', () => {
    beforeEach(() => render({ role: 'secretariat', plan: planWithRetired(['1.3']) }));

    it('offers to edit the area, add an action and import the list', async () => {
      expect(
        await loader.getAllHarnesses(MatButtonHarness.with({ text: /Edit titles/ })),
      ).toHaveSize(1);
      expect(
        await loader.getAllHarnesses(MatButtonHarness.with({ text: /Add action/ })),
      ).toHaveSize(1);
      expect(text(page.querySelector('.import-link'))).toContain('Import actions');
      expect(text(page.querySelector('.illustrative-link'))).toBe('Import the official list');
    });

    it('moves an action down with the keyboard-reachable button, sending the version it saw', async () => {
      const down = await loader.getHarness(
        MatButtonHarness.with({ selector: '[data-code="1.1"] .move-down' }),
      );
      await down.click();

      expect(dispatch).toHaveBeenCalledWith(
        ActionPlanPageActions.actionMoved({
          areaCode: '1',
          actionCodes: ['1.2', '1.1', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9'],
          version: 3,
        }),
      );
    });

    it('names the move buttons for screen readers and keeps the edge ones disabled', async () => {
      const up = await loader.getHarness(
        MatButtonHarness.with({ selector: '[data-code="1.1"] .move-up' }),
      );
      const down = await loader.getHarness(
        MatButtonHarness.with({ selector: '[data-code="1.9"] .move-down' }),
      );

      expect(await (await up.host()).getAttribute('aria-label')).toBe('Move action 1.1 up');
      expect(await up.isDisabled()).toBeTrue();
      expect(await down.isDisabled()).toBeTrue();
    });

    describe('retiring an action', () => {
      async function askToRetire(): Promise<MatDialogHarness> {
        const menu = await loader.getHarness(
          MatMenuHarness.with({ selector: '[data-code="1.2"] .more' }),
        );
        await menu.clickItem({ text: /Retire/ });
        return documentLoader.getHarness(MatDialogHarness);
      }

      it('asks first, saying retired actions keep their history and leave new cycles', async () => {
        const dialog = await askToRetire();

        expect(await dialog.getTitleText()).toBe('Retire action 1.2?');
        expect(await dialog.getContentText()).toContain(
          'Retired actions keep their history and leave new cycles.',
        );
      });

      it('retires it once confirmed', async () => {
        const dialog = await askToRetire();
        await (await dialog.getHarness(MatButtonHarness.with({ text: 'Retire' }))).click();
        await fixture.whenStable();

        expect(dispatch).toHaveBeenCalledWith(
          ActionPlanPageActions.retireConfirmed({ actionCode: '1.2', version: 3 }),
        );
      });

      it('does nothing when cancelled', async () => {
        const dialog = await askToRetire();
        await (await dialog.getHarness(MatButtonHarness.with({ text: 'Cancel' }))).click();
        await fixture.whenStable();

        expect(dispatch).not.toHaveBeenCalledWith(
          jasmine.objectContaining({ type: ActionPlanPageActions.retireConfirmed.type }),
        );
      });
    });

    it('offers to restore a retired action instead', async () => {
      const menu = await loader.getHarness(
        MatMenuHarness.with({ selector: '[data-code="1.3"] .more' }),
      );
      await menu.open();
      const items = await menu.getItems();

      expect(await Promise.all(items.map((item) => item.getText()))).toEqual(['Rename', 'Restore']);
      const icons = await Promise.all(items.map((item) => item.getHarness(MatIconHarness)));
      expect(await Promise.all(icons.map((icon) => icon.getName()))).toEqual(['edit', 'history']);
    });

    it('opens the area dialog with both languages of both titles', async () => {
      await (await loader.getHarness(MatButtonHarness.with({ text: /Edit titles/ }))).click();
      const dialog = await documentLoader.getHarness(MatDialogHarness);

      expect(await dialog.getTitleText()).toBe('Titles of area 1');
      const values = Array.from(
        document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
          'app-area-dialog [matinput]',
        ),
      ).map((field) => field.value);
      expect(values).toEqual([
        'Preventing and fighting illegal migration',
        'Предотвращение незаконной миграции и борьба с ней',
        'Irregular migration',
        'Нерегулярная миграция',
      ]);
      await dialog.close();
    });
  });

  describe('when someone else changed the plan meanwhile', () => {
    beforeEach(() => render({ role: 'secretariat', stale: true }));

    it('says so and offers to reload, instead of overwriting', async () => {
      expect(text(page.querySelector('.stale'))).toContain(
        'Someone else changed the plan since you opened it.',
      );

      await (await loader.getHarness(MatButtonHarness.with({ text: /Reload the plan/ }))).click();

      expect(dispatch).toHaveBeenCalledWith(ActionPlanPageActions.reloadClicked());
    });
  });

  describe('while an edit is being saved', () => {
    beforeEach(() => render({ role: 'secretariat', saving: true }));

    it('allows no other edit until it is done', async () => {
      const down = await loader.getHarness(
        MatButtonHarness.with({ selector: '[data-code="1.1"] .move-down' }),
      );
      await down.click();

      expect(await down.isDisabled()).toBeTrue();
      expect(
        await (
          await loader.getHarness(MatButtonHarness.with({ text: /Edit titles/ }))
        ).isDisabled(),
      ).toBeTrue();
      expect(dispatch).not.toHaveBeenCalledWith(
        jasmine.objectContaining({ type: ActionPlanPageActions.actionMoved.type }),
      );
    });
  });

  describe('before the plan has arrived', () => {
    it('says it is loading', async () => {
      await render({ plan: null, status: 'loading' });

      expect(text(page.querySelector('.loading'))).toBe('Loading the action plan…');
    });

    it('offers to try again when loading failed', async () => {
      await render({ plan: null, status: 'failed' });

      expect(text(page.querySelector('.load-failed'))).toContain(
        'The action plan could not be loaded.',
      );
      await (await loader.getHarness(MatButtonHarness.with({ text: 'Try again' }))).click();

      expect(dispatch).toHaveBeenCalledWith(ActionPlanPageActions.reloadClicked());
    });
  });

  describe('in Russian', () => {
    beforeEach(async () => {
      await render({ role: 'secretariat', locale: 'ru', plan: planWithRetired(['1.3']) });
      TestBed.inject(TranslocoService).setActiveLang('ru');
      await fixture.whenStable();
    });

    it('shows the page, the areas and the actions in Russian, with English beneath', async () => {
      const items = await (await loader.getHarness(AreaNavHarness)).getItems();

      expect(text(page.querySelector('h1'))).toBe('План действий');
      expect(await items[0].getAccessibleText()).toBe('1 · Нерегулярная миграция');
      expect(text(page.querySelector('.area-title'))).toBe(
        'Область 1: Предотвращение незаконной миграции и борьба с ней',
      );
      expect(text(page.querySelector('.area-other'))).toBe(
        'Preventing and fighting illegal migration',
      );
      expect(text(page.querySelector('[data-code="1.1"] .title'))).toBe('Действие 1.1');
      expect(text(page.querySelector('[data-code="1.1"] .other'))).toBe('Action 1.1');
      expect(text(page.querySelector('[data-code="1.3"] .retired-chip'))).toBe('Выведено');
      expect(text(page.querySelector('.illustrative-heading'))).toBe('Эти действия — условные');
      expect(text(page.querySelector('.area-counts'))).toBe('Действующих: 8 · выведенных: 1');
    });
  });
});
