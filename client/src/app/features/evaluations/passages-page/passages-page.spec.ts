import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatInputHarness } from '@angular/material/input/testing';
import { provideRouter } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import type { Locale } from '@ppm/shared';

import { provideTranslocoForTests } from '../../../../testing/i18n-testing';
import { provideIconsForTests } from '../../../../testing/icons-testing';
import { selectLocale } from '../../../core/i18n';
import {
  RightOfReplyPageActions,
  selectOwnReplies,
  selectPassages,
  selectPassagesError,
  selectPassagesStatus,
  selectReplyCycles,
  selectReplyPlan,
  selectSendStatus,
} from '../data-access';
import { CYCLES, PASSAGES, PLAN, REPLY } from '../data-access/testing/evaluations-fixture';
import { PassagesPage } from './passages-page';

describe('PassagesPage', () => {
  let fixture: ComponentFixture<PassagesPage>;
  let loader: HarnessLoader;
  let dispatch: jasmine.Spy;
  let store: MockStore;
  let page: HTMLElement;

  const text = (element: Element | null | undefined): string =>
    element?.textContent.replace(/\s+/g, ' ').trim() ?? '';

  async function render(locale: Locale): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideMockStore(),
        provideTranslocoForTests(locale),
        provideIconsForTests(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    store.overrideSelector(selectLocale, locale);
    store.overrideSelector(selectPassages, PASSAGES);
    store.overrideSelector(selectPassagesStatus, 'loaded');
    store.overrideSelector(selectPassagesError, null);
    store.overrideSelector(selectOwnReplies, [
      { ...REPLY, handling: { outcome: 'accepted', note: 'Added.', by: REPLY.author, at: 'x' } },
    ]);
    store.overrideSelector(selectSendStatus, 'idle');
    store.overrideSelector(selectReplyCycles, CYCLES);
    store.overrideSelector(selectReplyPlan, PLAN);
    dispatch = spyOn(store, 'dispatch').and.callThrough();
    fixture = TestBed.createComponent(PassagesPage);
    fixture.componentRef.setInput('evaluationId', 'e1');
    loader = TestbedHarnessEnvironment.loader(fixture);
    page = fixture.nativeElement as HTMLElement;
    TestBed.inject(TranslocoService).setActiveLang(locale);
    await fixture.whenStable();
  }

  // Overridden selectors are global: left set, they leak into later specs (selectLocale).
  afterEach(() => store.resetSelectors());

  it("opens the passages of the route's evaluation", async () => {
    await render('en');

    expect(dispatch).toHaveBeenCalledWith(
      RightOfReplyPageActions.passagesOpened({ evaluationId: 'e1' }),
    );
  });

  it('shows the state its own reports, figures, quoted findings and quotations', async () => {
    await render('en');

    expect(text(page.querySelector('.intro'))).toContain('until the end of 20 Dec 2026 (UTC)');
    expect(Array.from(page.querySelectorAll('#reports-heading + ul li')).map(text)).toEqual([
      '2025 annual report: approved',
      '2026 annual report: draft',
    ]);
    const rows = Array.from(page.querySelectorAll('.figures tbody tr'));
    expect(rows.map((row) => Array.from(row.children).map(text))).toEqual([
      ['1. Illegal migration', '66.7', '2'],
      ['2. Return', '–', '0'],
    ]);
    expect(text(page.querySelector('.passage .prose'))).toBe(
      'Border data improved in Central Asia.',
    );
    expect(text(page.querySelector('.sent-reply .handled'))).toBe('Accepted: text changed: Added.');
  });

  it('says when a finding is shown in the other language', async () => {
    await render('ru');

    expect(text(page.querySelector('.passage .note'))).toBe(
      'Этого текста нет на вашем языке; показан на другом.',
    );
  });

  it('sends a comment on a finding with its target', async () => {
    await render('en');
    const [, finding] = await loader.getAllHarnesses(MatButtonHarness.with({ text: /Comment/ }));
    await finding.click();
    await (await loader.getHarness(MatInputHarness)).setValue('Our sea ports are covered too.');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Send the comment' }))).click();

    expect(dispatch).toHaveBeenCalledWith(
      RightOfReplyPageActions.replySubmitted({
        evaluationId: 'e1',
        target: { kind: 'finding', areaCode: '1' },
        text: 'Our sea ports are covered too.',
      }),
    );
  });
});
