import { TestBed } from '@angular/core/testing';
import { TranslocoService } from '@jsverse/transloco';
import type { EvidenceFile } from '@ppm/shared';

import { provideTranslocoForTests } from '../../../../testing/i18n-testing';
import { FieldValue } from './field-value';

const FILES: EvidenceFile[] = [
  {
    id: 'f1',
    fileName: 'minutes.pdf',
    contentType: 'application/pdf',
    // 849,920 bytes = 830 × 1024.
    size: 849_920,
    uploadedAt: '2026-11-20T10:00:00.000Z',
  },
];

describe('FieldValue', () => {
  async function filesShownIn(locale: 'en' | 'ru'): Promise<string> {
    TestBed.configureTestingModule({ providers: [provideTranslocoForTests(locale)] });
    TestBed.inject(TranslocoService).setActiveLang(locale);
    const fixture = TestBed.createComponent(FieldValue);
    fixture.componentRef.setInput('field', 'files');
    fixture.componentRef.setInput('value', FILES);
    await fixture.whenStable();
    return (fixture.nativeElement as HTMLElement).textContent.replace(/\s+/g, ' ').trim();
  }

  describe('files', () => {
    it('name each file with its size in English units', async () => {
      expect(await filesShownIn('en')).toBe('minutes.pdf (830 KB)');
    });

    it('write the size with Russian units when the screen is in Russian', async () => {
      expect(await filesShownIn('ru')).toBe('minutes.pdf (830 КБ)');
    });
  });
});
