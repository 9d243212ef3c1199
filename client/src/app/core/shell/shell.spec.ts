import { ComponentHarness, type HarnessLoader, TestKey } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatButtonToggleHarness } from '@angular/material/button-toggle/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatIconHarness } from '@angular/material/icon/testing';
import { MatMenuHarness } from '@angular/material/menu/testing';
import { MatSidenavHarness } from '@angular/material/sidenav/testing';
import { provideRouter } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { TranslocoService } from '@jsverse/transloco';
import { provideStore } from '@ngrx/store';
import { MockStore, provideMockStore } from '@ngrx/store/testing';

import { ADMIN, FOCAL_POINT, aUser } from '../../../testing/fixtures';
import { provideTranslocoForTests } from '../../../testing/i18n-testing';
import { provideIconsForTests } from '../../../testing/icons-testing';
import { provideScreen } from '../../../testing/screen-testing';
import {
  LOCALE_STORAGE,
  LOCALE_STORAGE_KEY,
  LanguageSwitcherActions,
  type LocaleStorage,
  languageEffects,
  languageFeature,
  selectLocale,
} from '../i18n';
import { ShellActions } from '../session/session.actions';
import { type SessionState, sessionFeature } from '../session/session.feature';
import { Shell } from './shell';

/** The language switch's buttons, for keyboard input. */
class LanguageSwitchHarness extends ComponentHarness {
  static hostSelector = 'app-language-switch';
  readonly englishButton = this.locatorFor('mat-button-toggle[lang="en"] button');
}

function memoryStorage(): LocaleStorage & { readonly saved: Map<string, string> } {
  const saved = new Map<string, string>();
  return {
    saved,
    getItem: (key) => saved.get(key) ?? null,
    setItem: (key, value) => void saved.set(key, value),
  };
}

/** A Secretariat officer: the navigation offers them the overview only. */
const SECRETARIAT = aUser({ id: 'u-sec', name: 'Jana Novotná', role: 'secretariat' });

const signedInAs = (user: typeof ADMIN): SessionState => ({
  user,
  status: 'signed_in',
  error: null,
});
const signedOut: SessionState = { user: null, status: 'signed_out', error: null };

const commonProviders = [
  provideRouter([]),
  provideTranslocoForTests('en'),
  provideIconsForTests(),
  { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
];

describe('Shell', () => {
  let fixture: ComponentFixture<Shell>;
  let loader: HarnessLoader;
  let page: HTMLElement;

  async function render(): Promise<void> {
    fixture = TestBed.createComponent(Shell);
    loader = TestbedHarnessEnvironment.loader(fixture);
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  const textOf = (selector: string): string =>
    page.querySelector(selector)?.textContent.replace(/\s+/g, ' ').trim() ?? '';

  describe('with the real language store', () => {
    let storage: ReturnType<typeof memoryStorage>;
    let langBefore: string;

    beforeEach(async () => {
      langBefore = document.documentElement.lang;
      storage = memoryStorage();
      TestBed.configureTestingModule({
        imports: [Shell],
        providers: [
          ...commonProviders,
          provideStore(
            {
              [languageFeature.name]: languageFeature.reducer,
              [sessionFeature.name]: sessionFeature.reducer,
            },
            {
              initialState: {
                session: signedInAs(SECRETARIAT),
                language: { locale: 'en' as const },
              },
            },
          ),
          provideEffects(languageEffects),
          { provide: LOCALE_STORAGE, useValue: storage },
          provideScreen(false),
        ],
      });
      // The shell @defers its language switch and user menu.
      await TestBed.compileComponents();
      await render();
    });

    afterEach(() => {
      document.documentElement.lang = langBefore;
    });

    describe('in English', () => {
      it('shows the product name in the toolbar, as a link to the overview', () => {
        const brand = page.querySelector('header a.brand');

        expect(textOf('header .brand-name')).toBe('Prague Process Monitor');
        expect(brand?.getAttribute('href')).toBe('/');
        expect(brand?.getAttribute('aria-label')).toContain('Prague Process Monitor');
      });

      it('offers the overview in the main navigation', () => {
        const nav = page.querySelector('nav');
        const links = Array.from(nav?.querySelectorAll('a') ?? []);

        expect(nav?.getAttribute('aria-label')).toBe('Main navigation');
        expect(links[0].querySelector('.nav-label')?.textContent.trim()).toBe('Overview');
        expect(links[0].getAttribute('href')).toBe('/');
      });

      it('has header, navigation and main landmarks and a skip link to the content', () => {
        expect(page.querySelector('header')).not.toBeNull();
        expect(page.querySelector('main#main-content')).not.toBeNull();
        expect(textOf('a.skip-link')).toBe('Skip to main content');
      });

      it('moves focus to the main content from the skip link', () => {
        page.querySelector<HTMLAnchorElement>('a.skip-link')?.click();

        expect(document.activeElement).toBe(page.querySelector('main'));
      });

      it('shows English as the selected language, with Русский on offer', async () => {
        const english = await loader.getHarness(MatButtonToggleHarness.with({ text: 'English' }));
        const russian = await loader.getHarness(MatButtonToggleHarness.with({ text: 'Русский' }));

        expect(await english.isChecked()).toBeTrue();
        expect(await russian.isChecked()).toBeFalse();
      });

      it('names the language switch for screen readers', () => {
        expect(page.querySelector('mat-button-toggle-group')?.getAttribute('aria-label')).toBe(
          'Interface language',
        );
      });
    });

    describe('after the user picks Русский', () => {
      beforeEach(async () => {
        const russian = await loader.getHarness(MatButtonToggleHarness.with({ text: 'Русский' }));
        await russian.check();
        await fixture.whenStable();
      });

      it('shows the product name in Russian at once', () => {
        expect(textOf('header .brand-name')).toBe('Мониторинг Пражского процесса');
      });

      it('shows the navigation, skip link and switch label in Russian', () => {
        expect(page.querySelector('nav')?.getAttribute('aria-label')).toBe('Основная навигация');
        expect(textOf('nav a .nav-label')).toBe('Обзор');
        expect(textOf('a.skip-link')).toBe('Перейти к основному содержанию');
        expect(page.querySelector('mat-button-toggle-group')?.getAttribute('aria-label')).toBe(
          'Язык интерфейса',
        );
      });

      it('marks the document as Russian', () => {
        expect(document.documentElement.lang).toBe('ru');
      });

      it('remembers the choice for the next visit', () => {
        expect(storage.saved.get(LOCALE_STORAGE_KEY)).toBe('ru');
      });

      it('shows Русский as the selected language', async () => {
        const russian = await loader.getHarness(MatButtonToggleHarness.with({ text: 'Русский' }));
        expect(await russian.isChecked()).toBeTrue();
      });

      it('switches back to English when asked', async () => {
        const english = await loader.getHarness(MatButtonToggleHarness.with({ text: 'English' }));
        await english.check();
        await fixture.whenStable();

        expect(textOf('header .brand-name')).toBe('Prague Process Monitor');
        expect(textOf('nav a .nav-label')).toBe('Overview');
        expect(document.documentElement.lang).toBe('en');
        expect(storage.saved.get(LOCALE_STORAGE_KEY)).toBe('en');
      });
    });
  });

  describe('language switch events', () => {
    let store: MockStore;
    let dispatch: jasmine.Spy;

    beforeEach(async () => {
      TestBed.configureTestingModule({
        imports: [Shell],
        providers: [
          ...commonProviders,
          provideMockStore({ initialState: { session: signedInAs(SECRETARIAT) } }),
          provideScreen(false),
        ],
      });
      // The shell @defers its language switch and user menu.
      await TestBed.compileComponents();
      store = TestBed.inject(MockStore);
      store.overrideSelector(selectLocale, 'en');
      dispatch = spyOn(store, 'dispatch');
      await render();
    });

    // Overridden memoised selectors are module-wide: leave them clean for other specs.
    afterEach(() => store.resetSelectors());

    it('reports the language the user picked', async () => {
      const russian = await loader.getHarness(MatButtonToggleHarness.with({ text: 'Русский' }));
      await russian.check();

      expect(dispatch).toHaveBeenCalledOnceWith(
        LanguageSwitcherActions.languageSelected({ locale: 'ru' }),
      );
    });

    it('reports nothing when the language already shown is picked again', async () => {
      const english = await loader.getHarness(MatButtonToggleHarness.with({ text: 'English' }));
      await english.toggle();

      expect(dispatch).not.toHaveBeenCalled();
    });

    it('can be worked from the keyboard', async () => {
      const languageSwitch = await loader.getHarness(LanguageSwitchHarness);
      const englishButton = await languageSwitch.englishButton();

      await englishButton.focus();
      await englishButton.sendKeys(TestKey.RIGHT_ARROW);

      expect(dispatch).toHaveBeenCalledOnceWith(
        LanguageSwitcherActions.languageSelected({ locale: 'ru' }),
      );
    });

    it('shows the language the store holds', async () => {
      store.overrideSelector(selectLocale, 'ru');
      store.refreshState();
      await fixture.whenStable();

      const russian = await loader.getHarness(MatButtonToggleHarness.with({ text: 'Русский' }));
      expect(await russian.isChecked()).toBeTrue();
    });
  });

  describe('when a signed-in person switches the screen’s language', () => {
    let store: MockStore;
    let dispatch: jasmine.Spy;
    let storage: ReturnType<typeof memoryStorage>;

    beforeEach(async () => {
      storage = memoryStorage();
      TestBed.configureTestingModule({
        imports: [Shell],
        providers: [
          ...commonProviders,
          provideMockStore({
            initialState: { language: { locale: 'en' }, session: signedInAs(SECRETARIAT) },
          }),
          { provide: LOCALE_STORAGE, useValue: storage },
          provideScreen(false),
        ],
      });
      await TestBed.compileComponents();
      store = TestBed.inject(MockStore);
      dispatch = spyOn(store, 'dispatch');
      await render();
      await (await loader.getHarness(MatButtonToggleHarness.with({ text: 'Русский' }))).check();
      await fixture.whenStable();
    });

    it('changes the screen only, and asks once whether emails should follow', async () => {
      expect(dispatch.calls.allArgs()).toEqual([
        [LanguageSwitcherActions.languageSelected({ locale: 'ru' })],
      ]);
      expect(textOf('app-account-language-offer')).toContain(
        'Use Русский for your emails and notifications too?',
      );

      await (
        await loader.getHarness(MatButtonHarness.with({ text: 'Yes, use it for emails' }))
      ).click();

      expect(dispatch).toHaveBeenCalledWith(ShellActions.accountLanguageAccepted({ locale: 'ru' }));
      expect(page.querySelector('app-account-language-offer')).toBeNull();
      expect(storage.saved.get('ppm.accountLanguageOffered.u-sec')).toBe('1');
    });

    it('keeps the account as it is when the person declines, and does not ask again', async () => {
      await (await loader.getHarness(MatButtonHarness.with({ text: 'No, thanks' }))).click();
      expect(page.querySelector('app-account-language-offer')).toBeNull();

      await (await loader.getHarness(MatButtonToggleHarness.with({ text: 'English' }))).check();
      await (await loader.getHarness(MatButtonToggleHarness.with({ text: 'Русский' }))).check();
      await fixture.whenStable();

      expect(page.querySelector('app-account-language-offer')).toBeNull();
      expect(dispatch).not.toHaveBeenCalledWith(
        jasmine.objectContaining({ type: ShellActions.accountLanguageAccepted.type }),
      );
    });
  });

  describe('on a narrow screen', () => {
    beforeEach(async () => {
      TestBed.configureTestingModule({
        imports: [Shell],
        providers: [
          ...commonProviders,
          provideMockStore({
            initialState: { language: { locale: 'en' }, session: signedInAs(SECRETARIAT) },
          }),
          provideScreen(true),
        ],
      });
      // The shell @defers its language switch and user menu.
      await TestBed.compileComponents();
      await render();
    });

    it('keeps the navigation closed, sliding over the content', async () => {
      const sidenav = await loader.getHarness(MatSidenavHarness);

      expect(await sidenav.getMode()).toBe('over');
      expect(await sidenav.isOpen()).toBeFalse();
    });

    it('opens the navigation from the menu button', async () => {
      const menu = await loader.getHarness(MatButtonHarness.with({ selector: '.nav-toggle' }));
      expect(await (await menu.host()).getAttribute('aria-label')).toBe('Open navigation');

      await menu.click();

      const sidenav = await loader.getHarness(MatSidenavHarness);
      expect(await sidenav.isOpen()).toBeTrue();
      expect(await (await menu.host()).getAttribute('aria-expanded')).toBe('true');
      expect(await (await menu.host()).getAttribute('aria-label')).toBe('Close navigation');
    });

    it('labels the languages with short codes that keep their full names for screen readers', async () => {
      const toggles = await loader.getAllHarnesses(MatButtonToggleHarness);

      expect(await Promise.all(toggles.map((toggle) => toggle.getText()))).toEqual(['EN', 'RU']);
      expect(await Promise.all(toggles.map((toggle) => toggle.getAriaLabel()))).toEqual([
        'English',
        'Русский',
      ]);
    });
  });

  describe('on a wide screen', () => {
    beforeEach(async () => {
      TestBed.configureTestingModule({
        imports: [Shell],
        providers: [
          ...commonProviders,
          provideMockStore({
            initialState: { language: { locale: 'en' }, session: signedInAs(SECRETARIAT) },
          }),
          provideScreen(false),
        ],
      });
      // The shell @defers its language switch and user menu.
      await TestBed.compileComponents();
      await render();
    });

    it('shows the navigation open beside the content', async () => {
      const sidenav = await loader.getHarness(MatSidenavHarness);

      expect(await sidenav.getMode()).toBe('side');
      expect(await sidenav.isOpen()).toBeTrue();
    });
  });

  describe('who is signed in', () => {
    let store: MockStore;
    let dispatch: jasmine.Spy;

    async function setUp(session: SessionState): Promise<void> {
      TestBed.configureTestingModule({
        imports: [Shell],
        providers: [
          ...commonProviders,
          provideMockStore({ initialState: { language: { locale: 'en' }, session } }),
          provideScreen(false),
        ],
      });
      // The shell @defers its language switch and user menu.
      await TestBed.compileComponents();
      store = TestBed.inject(MockStore);
      dispatch = spyOn(store, 'dispatch');
      await render();
    }

    const navLabels = (): string[] =>
      Array.from(page.querySelectorAll('nav .nav-label')).map((label) => label.textContent.trim());

    describe('when nobody is', () => {
      beforeEach(() => setUp(signedOut));

      it('shows only the brand and the language switch around the page', async () => {
        expect(page.querySelector('nav')).toBeNull();
        expect(page.querySelector('.nav-toggle')).toBeNull();
        expect(page.querySelector('app-user-menu')).toBeNull();
        expect(textOf('.brand-name')).toBe('Prague Process Monitor');
        expect((await loader.getAllHarnesses(MatButtonToggleHarness)).length).toBe(2);
      });
    });

    describe('as an admin', () => {
      beforeEach(() => setUp(signedInAs(ADMIN)));

      it('offers the overview and the people pages, each with its icon', async () => {
        expect(navLabels().slice(0, 2)).toEqual(['Overview', 'People']);
        expect(page.querySelector('nav a[href="/people"]')).not.toBeNull();
        const icons = await loader.getAllHarnesses(MatIconHarness.with({ selector: '.nav-icon' }));
        expect(await Promise.all(icons.slice(0, 2).map((icon) => icon.getName()))).toEqual([
          'dashboard',
          'manage_accounts',
        ]);
      });

      it("shows the person's name and role in the toolbar", () => {
        expect(textOf('app-user-menu .name')).toBe('Ada Admin');
        expect(textOf('app-user-menu .role')).toBe('Administrator');
      });

      it('offers the profile and signing out in the user menu (API documentation is on the profile)', async () => {
        const menu = await loader.getHarness(MatMenuHarness);
        await menu.open();
        const items = await menu.getItems();

        expect(await Promise.all(items.map((item) => item.getText()))).toEqual([
          'Profile',
          'Sign out',
        ]);
        const icons = await Promise.all(items.map((item) => item.getHarness(MatIconHarness)));
        expect(await Promise.all(icons.map((icon) => icon.getName()))).toEqual([
          'person',
          'logout',
        ]);
        const links = Array.from(document.querySelectorAll<HTMLAnchorElement>('a[mat-menu-item]'));
        expect(links.map((link) => link.getAttribute('href'))).toEqual(['/profile']);
      });

      it('reports "sign out" when the person chooses it', async () => {
        const menu = await loader.getHarness(MatMenuHarness);
        await menu.clickItem({ text: /Sign out/ });

        expect(dispatch).toHaveBeenCalledOnceWith(ShellActions.signOutClicked());
      });

      it('names the person and role in Russian when the interface is Russian', async () => {
        TestBed.inject(TranslocoService).setActiveLang('ru');
        await fixture.whenStable();

        expect(textOf('app-user-menu .role')).toBe('Администратор');
        expect(navLabels().slice(0, 2)).toEqual(['Обзор', 'Пользователи']);
      });
    });

    describe('while a one-time password must be replaced', () => {
      beforeEach(() => setUp(signedInAs({ ...ADMIN, mustChangePassword: true })));

      it('offers no navigation, only the user menu (to sign out)', () => {
        expect(page.querySelector('nav')).toBeNull();
        expect(page.querySelector('.nav-toggle')).toBeNull();
        expect(textOf('app-user-menu .name')).toBe('Ada Admin');
      });
    });

    describe('as a national focal point', () => {
      beforeEach(() => setUp(signedInAs(FOCAL_POINT)));

      it('offers only what the role may use', () => {
        expect(navLabels()).toContain('Overview');
        expect(navLabels()).not.toContain('People');
        expect(page.querySelector('nav a[href="/people"]')).toBeNull();
      });

      it('shows the role by its name', () => {
        expect(textOf('app-user-menu .role')).toBe('National focal point');
      });
    });
  });
});
