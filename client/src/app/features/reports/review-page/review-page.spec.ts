import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import type { CycleChanges, ReportView } from '@ppm/shared';

import { aUser } from '../../../../testing/fixtures';
import { provideTranslocoForTests } from '../../../../testing/i18n-testing';
import { provideIconsForTests } from '../../../../testing/icons-testing';
import { ReviewPageActions, initialReportState } from '../data-access';
import { KEY, aContext, aReport, anAnsweredEntry } from '../data-access/testing/report-fixture';
import { initialWorkingsState } from '../data-access/workings.feature';
import { ReviewPage } from './review-page';

const SECRETARIAT = aUser({ id: 's1', name: 'Eva Novak', role: 'secretariat' });

function changes(report: ReportView): CycleChanges {
  const values = (entry: ReportView['entries'][number]) => ({
    participation: entry.participation,
    status: entry.status,
    narrative: entry.narrative,
    obstacles: entry.obstacles,
    supportNeeded: entry.supportNeeded,
    links: entry.evidence.links,
    files: entry.evidence.files,
    indicators: entry.indicators,
  });
  return {
    previous: {
      cycleId: 'c2025',
      name: { en: '2025 annual report', ru: 'Ежегодный отчёт за 2025 год' },
    },
    entries: report.entries.map((entry) => ({
      actionCode: entry.actionCode,
      carriedOver: false,
      changedFields: entry.actionCode === '1.1' ? ['status'] : [],
      previous:
        entry.actionCode === '1.1'
          ? values(anAnsweredEntry('1.1', { status: 'not_started' }))
          : values(entry),
      current: values(entry),
    })),
  };
}

describe('ReviewPage', () => {
  let fixture: ComponentFixture<ReviewPage>;
  let loader: HarnessLoader;
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let page: HTMLElement;

  const text = (selector: string): string =>
    page.querySelector(selector)?.textContent.replace(/\s+/g, ' ').trim() ?? '';

  async function render(report: ReportView): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideMockStore({
          initialState: {
            report: {
              ...initialReportState,
              key: KEY,
              status: 'loaded',
              report,
              context: aContext(),
            },
            reportWorkings: { ...initialWorkingsState, key: KEY, changes: changes(report) },
            session: { user: SECRETARIAT, status: 'signed_in', error: null },
            language: { locale: 'en' },
          },
        }),
        provideTranslocoForTests('en'),
        provideIconsForTests(),
        provideRouter([]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch').and.callThrough();
    fixture = TestBed.createComponent(ReviewPage);
    fixture.componentRef.setInput('cycleId', KEY.cycleId);
    fixture.componentRef.setInput('stateCode', KEY.stateCode);
    loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  afterEach(() => TestBed.inject(MatDialog).closeAll());

  describe('a submitted report', () => {
    const submitted = aReport({
      status: 'submitted',
      editable: false,
      submittedAt: '2026-11-25T12:00:00.000Z',
    });

    beforeEach(() => render(submitted));

    it('asks for the report and its previous cycle', () => {
      expect(dispatch).toHaveBeenCalledWith(ReviewPageActions.opened({ key: KEY }));
      expect(text('.page-title')).toBe('Review: Kazakhstan');
      expect(text('.decision-title')).toBe('Submitted: waiting for your decision');
    });

    it('puts each action of this report beside the previous one, marking what changed', () => {
      const first = page.querySelector('app-cycle-changes .entry');
      expect(first?.querySelector('.entry-title')?.textContent).toContain(
        '1.1 Exchange information on routes',
      );
      expect(first?.querySelector('.previous')?.textContent).toContain('Not started');
      expect(first?.querySelector('.current .changed')?.textContent).toContain(
        'Implementation status',
      );
      expect(page.querySelectorAll('app-cycle-changes .entry').length).toBe(5);
    });

    it('approves only after the Secretariat confirms', async () => {
      await (await loader.getHarness(MatButtonHarness.with({ text: /Approve$/ }))).click();
      const dialog = await loader.getHarness(MatDialogHarness);
      expect(await dialog.getText()).toContain(
        'The report of Kazakhstan will be approved and locked.',
      );

      await (
        await loader.getHarness(
          MatButtonHarness.with({ text: 'Approve', ancestor: 'app-confirm-dialog' }),
        )
      ).click();
      expect(dispatch).toHaveBeenCalledWith(ReviewPageActions.approveConfirmed());
    });

    it('returns it with a comment on the report and one on an action', async () => {
      await (
        await loader.getHarness(MatButtonHarness.with({ text: /Return for revision/ }))
      ).click();
      const comment = await loader.getHarness(
        MatInputHarness.with({
          ancestor: 'app-return-dialog',
          selector: '[formControlName=comment]',
        }),
      );

      await (
        await loader.getHarness(
          MatButtonHarness.with({ text: /^Return for revision$/, ancestor: 'app-return-dialog' }),
        )
      ).click();
      expect(dispatch).not.toHaveBeenCalledWith(
        jasmine.objectContaining({ type: ReviewPageActions.returnSubmitted.type }),
      );

      await comment.setValue('Please add the 2026 figures.');
      await (
        await loader.getHarness(MatButtonHarness.with({ text: /Add a comment on an action/ }))
      ).click();
      await (await loader.getHarness(MatSelectHarness)).clickOptions({ text: /^2\.1/ });
      const inputs = await loader.getAllHarnesses(
        MatInputHarness.with({ ancestor: 'app-return-dialog' }),
      );
      await inputs[1].setValue('Which agencies took part?');
      await (
        await loader.getHarness(
          MatButtonHarness.with({ text: /^Return for revision$/, ancestor: 'app-return-dialog' }),
        )
      ).click();

      expect(dispatch).toHaveBeenCalledWith(
        ReviewPageActions.returnSubmitted({
          body: {
            comment: 'Please add the 2026 figures.',
            entryComments: [{ actionCode: '2.1', comment: 'Which agencies took part?' }],
          },
        }),
      );
    });
  });

  it('offers to reopen an approved report, with a reason', async () => {
    await render(aReport({ status: 'approved', editable: false }));

    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /Approve$/ }))).toEqual([]);
    await (await loader.getHarness(MatButtonHarness.with({ text: /Reopen$/ }))).click();
    await (
      await loader.getHarness(MatInputHarness.with({ ancestor: 'app-reopen-dialog' }))
    ).setValue('Figures for area 3 were corrected.');
    await (
      await loader.getHarness(
        MatButtonHarness.with({ text: 'Reopen', ancestor: 'app-reopen-dialog' }),
      )
    ).click();

    expect(dispatch).toHaveBeenCalledWith(
      ReviewPageActions.reopenSubmitted({ comment: 'Figures for area 3 were corrected.' }),
    );
  });
});
