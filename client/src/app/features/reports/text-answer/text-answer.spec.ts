import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { LanguageText } from '@ppm/shared';

import { provideTranslocoForTests } from '../../../../testing/i18n-testing';
import { TextAnswer } from './text-answer';

@Component({
  imports: [TextAnswer],
  template: `<app-text-answer
    label="What was done"
    uiLocale="en"
    [value]="value()"
    [minRows]="minRows()"
  />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly value = signal<LanguageText>({ text: '', lang: 'en' });
  readonly minRows = signal(3);
}

describe('TextAnswer', () => {
  let fixture: ComponentFixture<Host>;
  let textarea: HTMLTextAreaElement;

  /** The textarea's height in lines of its own text. */
  const lines = () => textarea.clientHeight / parseFloat(getComputedStyle(textarea).lineHeight);

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideTranslocoForTests('en'),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    textarea = (fixture.nativeElement as HTMLElement).querySelector('textarea')!;
  });

  it('leaves room for three lines while empty, or the rows asked for', async () => {
    expect(lines()).toBeCloseTo(3, 1);

    fixture.componentInstance.minRows.set(2);
    await fixture.whenStable();

    expect(lines()).toBeCloseTo(2, 1);
  });

  it('grows with its text, line by line', async () => {
    fixture.componentInstance.value.set({ text: 'One\nTwo\nThree\nFour\nFive\nSix', lang: 'en' });
    await fixture.whenStable();

    expect(lines()).toBeCloseTo(6, 1);
  });

  it('stops growing at 24 lines, and scrolls beyond', async () => {
    const text = Array.from({ length: 30 }, (_, line) => `Line ${line + 1}`).join('\n');
    fixture.componentInstance.value.set({ text, lang: 'en' });
    await fixture.whenStable();

    expect(lines()).toBeCloseTo(24, 1);
    expect(textarea.scrollHeight).toBeGreaterThan(textarea.clientHeight);
  });
});
