import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslocoService } from '@jsverse/transloco';

import { provideTranslocoForTests } from '../../../testing/i18n-testing';
import { provideIconsForTests } from '../../../testing/icons-testing';
import NotFoundPage from './not-found-page';

@Component({
  template: '<p class="home">home page</p>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Home {}

describe('NotFoundPage', () => {
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: '', pathMatch: 'full', component: Home },
          { path: '**', component: NotFoundPage },
        ]),
        provideTranslocoForTests('en'),
        provideIconsForTests(),
      ],
    });
    harness = await RouterTestingHarness.create('/reports/2024/nowhere');
  });

  const page = (): HTMLElement => harness.routeNativeElement!;

  it('says the page could not be found and names the address', () => {
    expect(page().querySelector('h1')?.textContent.trim()).toBe('We could not find this page');
    expect(page().querySelector('.message')?.textContent).toContain('/reports/2024/nowhere');
  });

  it('offers a link back to the overview that works', async () => {
    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    const link = await loader.getHarness(MatButtonHarness.with({ text: /Go to the overview/ }));

    expect(await (await link.host()).getAttribute('href')).toBe('/');

    await link.click();
    await harness.fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/');
    expect(harness.routeNativeElement?.textContent).toContain('home page');
  });

  it('speaks Russian when the interface does', async () => {
    TestBed.inject(TranslocoService).setActiveLang('ru');
    await harness.fixture.whenStable();

    expect(page().querySelector('h1')?.textContent.trim()).toBe('Мы не нашли эту страницу');
    expect(page().querySelector('a')?.textContent).toContain('Перейти к обзору');
  });
});
