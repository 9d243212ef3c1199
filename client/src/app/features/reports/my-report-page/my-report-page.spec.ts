import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import type { Cycle, Locale } from '@ppm/shared';

import { FOCAL_POINT } from '../../../../testing/fixtures';
import { provideTranslocoForTests } from '../../../../testing/i18n-testing';
import { provideIconsForTests } from '../../../../testing/icons-testing';
import { MyReportPageActions } from '../data-access';
import { aCycle } from '../data-access/testing/report-fixture';
import { MyReportPage } from './my-report-page';

describe('MyReportPage', () => {
  let fixture: ComponentFixture<MyReportPage>;
  let page: HTMLElement;
  let dispatch: jasmine.Spy;

  const text = (): string => page.textContent.replace(/\s+/g, ' ').trim();

  async function render(cycles: Cycle[], locale: Locale = 'en'): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideMockStore({
          initialState: {
            myReport: { cycles, status: 'loaded', error: null },
            session: { user: FOCAL_POINT, status: 'signed_in', error: null },
            language: { locale },
          },
        }),
        provideTranslocoForTests(locale),
        provideIconsForTests(),
        provideRouter([]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    dispatch = spyOn(TestBed.inject(MockStore), 'dispatch');
    fixture = TestBed.createComponent(MyReportPage);
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  it('looks for the open cycle when it opens', async () => {
    await render([]);

    expect(dispatch).toHaveBeenCalledWith(MyReportPageActions.opened());
  });

  it('says so when no cycle is open, and lists earlier reports', async () => {
    await render([
      aCycle({
        id: 'c2025',
        status: 'closed',
        name: { en: '2025 annual report', ru: 'Ежегодный отчёт за 2025 год' },
      }),
    ]);

    expect(text()).toContain('No reporting cycle is open for your state right now.');
    const earlier = page.querySelector<HTMLAnchorElement>('.cycles a');
    expect(earlier?.textContent.trim()).toBe('2025 annual report');
    expect(earlier?.getAttribute('href')).toBe('/reports/c2025/KZ');
  });

  it('lets the person choose among several open cycles, in Russian too', async () => {
    await render(
      [aCycle(), aCycle({ id: 'c2026b', name: { en: 'Special report', ru: 'Специальный отчёт' } })],
      'ru',
    );

    expect(text()).toContain('Открыто несколько отчётных циклов.');
    const links = Array.from(page.querySelectorAll('.cycles a .cycle-name')).map((name) =>
      name.textContent.trim(),
    );
    expect(links).toEqual(['Ежегодный отчёт за 2026 год', 'Специальный отчёт']);
  });
});
