import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { TitleStrategy, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslocoService } from '@jsverse/transloco';

import { provideTranslocoForTests } from '../../../testing/i18n-testing';
import { TranslatedTitleStrategy } from './translated-title-strategy';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class Blank {}

describe('TranslatedTitleStrategy', () => {
  let harness: RouterTestingHarness;
  let title: Title;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: '', component: Blank, title: 'home.title' },
          { path: 'untitled', component: Blank },
          { path: 'people', component: Blank, title: 'people.title' },
        ]),
        { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
        provideTranslocoForTests('en'),
      ],
    });
    title = TestBed.inject(Title);
    harness = await RouterTestingHarness.create('/');
  });

  it('names the page and the product in the browser tab', () => {
    expect(title.getTitle()).toBe('Overview · Prague Process Monitor');
  });

  it('follows a switch to Russian without a new navigation', () => {
    TestBed.inject(TranslocoService).setActiveLang('ru');

    expect(title.getTitle()).toBe('Обзор · Мониторинг Пражского процесса');
  });

  it("titles a feature's page from the feature's own translation scope", async () => {
    await harness.navigateByUrl('/people');

    expect(title.getTitle()).toBe('People · Prague Process Monitor');

    TestBed.inject(TranslocoService).setActiveLang('ru');
    expect(title.getTitle()).toBe('Пользователи · Мониторинг Пражского процесса');
  });

  it('shows the product name alone for a page without a title', async () => {
    await harness.navigateByUrl('/untitled');

    expect(title.getTitle()).toBe('Prague Process Monitor');
  });
});
