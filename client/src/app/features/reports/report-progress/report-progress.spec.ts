import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { Locale } from '@ppm/shared';

import { provideTranslocoForTests } from '../../../../testing/i18n-testing';
import { provideIconsForTests } from '../../../../testing/icons-testing';
import type { SaveIndicator } from '../data-access';
import { ReportProgress } from './report-progress';

describe('ReportProgress', () => {
  let fixture: ComponentFixture<ReportProgress>;
  let bar: HTMLElement;
  const now = new Date('2026-11-29T10:00:10.000Z');
  const savedAt = '2026-11-29T10:00:00.000Z';

  const text = (selector: string): string =>
    bar.querySelector(selector)?.textContent.replace(/\s+/g, ' ').trim() ?? '';

  async function render(
    indicator: SaveIndicator,
    options: { locale?: Locale; canSubmit?: boolean; canEdit?: boolean } = {},
  ): Promise<void> {
    const locale = options.locale ?? 'en';
    TestBed.configureTestingModule({
      providers: [
        provideTranslocoForTests(locale),
        provideIconsForTests(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    fixture = TestBed.createComponent(ReportProgress);
    fixture.componentRef.setInput('completeness', { complete: 32, total: 53, percent: 60 });
    fixture.componentRef.setInput('indicator', indicator);
    fixture.componentRef.setInput('now', now);
    fixture.componentRef.setInput('locale', locale);
    fixture.componentRef.setInput('canEdit', options.canEdit ?? true);
    fixture.componentRef.setInput('canSubmit', options.canSubmit ?? true);
    bar = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  it('says how complete the report is', async () => {
    await render({ state: 'idle', lastSavedAt: null });

    expect(text('.summary')).toBe('32 of 53 actions answered 60 %');
  });

  it('says how long ago the last save was', async () => {
    await render({ state: 'saved', lastSavedAt: savedAt });

    expect(text('.save-text')).toBe('Saved 10 seconds ago');
  });

  it('says the edits wait on this device while offline', async () => {
    await render({ state: 'offline', lastSavedAt: savedAt });

    expect(text('.save-text')).toBe('Offline — kept on this device');
    expect(text('[role=status]')).toBe('Offline — kept on this device');
  });

  it('tells a contributor that the focal point submits, and offers no Submit', async () => {
    await render({ state: 'unsaved', lastSavedAt: null }, { canSubmit: false });

    expect(bar.querySelector('button.submit')).toBeNull();
    expect(text('.contributor')).toBe("Only your state's focal point submits the report.");
    expect(text('.save-text')).toBe('Unsaved changes');
  });

  it('speaks Russian', async () => {
    await render({ state: 'saved', lastSavedAt: savedAt }, { locale: 'ru' });

    expect(text('.summary')).toBe('Заполнено действий: 32 из 53 60 %');
    expect(text('.save-text')).toBe('Сохранено 10 секунд назад');
    expect(text('button.submit')).toBe('Отправить отчёт');
  });
});
