import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { TitleStrategy, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideMockStore } from '@ngrx/store/testing';

import { provideTranslocoForTests } from '../testing/i18n-testing';
import { routes } from './app.routes';
import { TranslatedTitleStrategy } from './core/i18n/translated-title-strategy';

describe('app routes', () => {
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(routes),
        provideMockStore({ initialState: { language: { locale: 'en' } } }),
        provideTranslocoForTests('en'),
        { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
      ],
    });
    harness = await RouterTestingHarness.create();
  });

  describe('at /', () => {
    beforeEach(async () => {
      await harness.navigateByUrl('/');
    });

    it('lazily loads the overview with its six areas', () => {
      const page = harness.routeNativeElement!;

      expect(page.querySelector('h1')?.textContent.trim()).toBe('Overview');
      expect(page.querySelectorAll('app-area-card').length).toBe(6);
    });

    it('titles the tab "Overview · Prague Process Monitor"', () => {
      expect(TestBed.inject(Title).getTitle()).toBe('Overview · Prague Process Monitor');
    });
  });

  describe('at an unknown address', () => {
    beforeEach(async () => {
      await harness.navigateByUrl('/no/such/page');
    });

    it('shows the friendly not-found page', () => {
      const page = harness.routeNativeElement!;

      expect(page.querySelector('h1')?.textContent.trim()).toBe('We could not find this page');
    });

    it('titles the tab "Page not found · Prague Process Monitor"', () => {
      expect(TestBed.inject(Title).getTitle()).toBe('Page not found · Prague Process Monitor');
    });
  });
});
