import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatRadioGroupHarness } from '@angular/material/radio/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import type { Locale, ReportView, User } from '@ppm/shared';

import { FOCAL_POINT, aUser } from '../../../../testing/fixtures';
import { AreaNavHarness } from '../../../shared/ui/area-nav/testing/area-nav-harness';
import { provideTranslocoForTests } from '../../../../testing/i18n-testing';
import { provideIconsForTests } from '../../../../testing/icons-testing';
import {
  ConflictDialogActions,
  ReportEditorActions,
  ReportPageActions,
  type ReportState,
  initialReportState,
} from '../data-access';
import { applyPatch } from '../data-access/entry-edits';
import { KEY, aContext, aReport, anAnsweredEntry } from '../data-access/testing/report-fixture';
import { initialWorkingsState } from '../data-access/workings.feature';
import { ReportPage } from './report-page';

const CONTRIBUTOR = aUser({
  id: '6650a1b2c3d4e5f601234569',
  name: 'Yerzhan Omarov',
  role: 'contributor',
  stateCode: 'KZ',
});

describe('ReportPage', () => {
  let fixture: ComponentFixture<ReportPage>;
  let loader: HarnessLoader;
  let documentLoader: HarnessLoader;
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let page: HTMLElement;

  const text = (selector: string): string => {
    const element = page.querySelector(selector)?.cloneNode(true) as HTMLElement | undefined;
    element?.querySelectorAll('mat-icon').forEach((icon) => icon.remove());
    return element?.textContent.replace(/\s+/g, ' ').trim() ?? '';
  };

  function state(report: Partial<ReportState>, user: User, locale: Locale) {
    return {
      report: {
        ...initialReportState,
        key: KEY,
        status: 'loaded',
        report: aReport(),
        context: aContext(),
        ...report,
      },
      reportWorkings: { ...initialWorkingsState, key: KEY },
      session: { user, status: 'signed_in', error: null },
      language: { locale },
    };
  }

  async function render(
    options: {
      report?: Partial<ReportView>;
      state?: Partial<ReportState>;
      user?: User;
      locale?: Locale;
      /** Look before the page is stable: right after its first render. */
      firstRenderOnly?: boolean;
    } = {},
  ): Promise<void> {
    const locale = options.locale ?? 'en';
    const initialState = state(
      { report: aReport(options.report), ...options.state },
      options.user ?? FOCAL_POINT,
      locale,
    );
    TestBed.configureTestingModule({
      providers: [
        provideMockStore({ initialState }),
        provideTranslocoForTests(locale),
        provideIconsForTests(),
        provideRouter([]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch').and.callThrough();
    fixture = TestBed.createComponent(ReportPage);
    fixture.componentRef.setInput('cycleId', KEY.cycleId);
    fixture.componentRef.setInput('stateCode', KEY.stateCode);
    loader = TestbedHarnessEnvironment.loader(fixture);
    documentLoader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    page = fixture.nativeElement as HTMLElement;
    if (options.firstRenderOnly) {
      fixture.detectChanges();
      return;
    }
    await fixture.whenStable();
  }

  describe('when it first draws an area (three actions in area 1)', () => {
    const cards = () => Array.from(page.querySelectorAll('app-entry-card'), (card) => card.id);

    it('draws the first two cards with the page, so it paints sooner', async () => {
      await render({ firstRenderOnly: true });

      expect(cards()).toEqual(['entry-1.1', 'entry-1.2']);
    });

    it('draws the whole area right after that', async () => {
      await render({ firstRenderOnly: true });
      await fixture.whenStable();

      expect(cards()).toEqual(['entry-1.1', 'entry-1.2', 'entry-1.3']);
    });
  });

  afterEach(() => TestBed.inject(MatDialog).closeAll());

  describe('for the focal point, while the report is a draft', () => {
    beforeEach(() => render());

    it('asks for the report of the address', () => {
      expect(dispatch).toHaveBeenCalledWith(ReportPageActions.opened({ key: KEY }));
    });

    it('names the state, the cycle and its deadline, and the status', () => {
      expect(text('.page-title')).toBe('Report of Kazakhstan');
      expect(text('.subtitle')).toBe('2026 annual report · deadline 8 Dec 2026 · Draft');
    });

    it('lists every area with how many of its actions are answered', async () => {
      const items = await (await loader.getHarness(AreaNavHarness)).getItems();
      const labels = await Promise.all(items.map((item) => item.getAccessibleText()));

      expect(labels).toEqual([
        '1 · Irregular migration, 2 of 3 answered',
        '2 · Return and reintegration, 1 of 2 answered',
      ]);
      expect(await items[0].getCount()).toBe('2/3');
      expect(await items[0].isCurrent()).toBeTrue();
      // Only the area shown has its cards drawn.
      expect(text('.progress-bar .summary')).toBe('3 of 5 actions answered 60 %');
      expect(page.querySelectorAll('app-entry-card').length).toBe(3);
    });

    it('sends what the person types to the store, and saves when the area changes', async () => {
      const narrative = await loader.getHarness(
        MatInputHarness.with({ ancestor: '[id="entry-1.3"] app-text-answer.narrative' }),
      );
      await narrative.setValue('Two joint operations.');

      expect(dispatch).toHaveBeenCalledWith(
        ReportEditorActions.entryChanged({
          actionCode: '1.3',
          patch: { narrative: { text: 'Two joint operations.', lang: 'en' } },
        }),
      );

      await (await loader.getHarness(AreaNavHarness)).select('2');
      expect(dispatch).toHaveBeenCalledWith(ReportPageActions.areaSelected({ areaCode: '2' }));
      expect(text('.area-title')).toBe(
        'Area 2: Readmission, voluntary return and sustainable reintegration',
      );
      expect(page.querySelectorAll('app-entry-card').length).toBe(2);
    });

    it('leads on from the last card to the next area, which saves what was typed', async () => {
      const next = await loader.getHarness(
        MatButtonHarness.with({ text: 'Next: 2 · Return and reintegration' }),
      );
      await next.click();

      expect(dispatch).toHaveBeenCalledWith(ReportPageActions.areaSelected({ areaCode: '2' }));
      expect(text('.area-title')).toBe(
        'Area 2: Readmission, voluntary return and sustainable reintegration',
      );
      // Area 2 is the last one of this plan: nothing further to offer.
      expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /^Next:/ }))).toEqual([]);
    });

    it('saves on Ctrl+S', () => {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 's', ctrlKey: true }));

      expect(dispatch).toHaveBeenCalledWith(ReportPageActions.saveClicked());
    });

    it('submits only after the person confirms', async () => {
      await (await loader.getHarness(MatButtonHarness.with({ text: 'Submit report' }))).click();
      const dialog = await documentLoader.getHarness(MatDialogHarness);
      expect(await dialog.getText()).toContain(
        'The report of Kazakhstan (3 of 5 actions answered) goes to the Secretariat for review.',
      );
      // 2.1 was carried over and nobody confirmed it: the person is told before sending.
      expect(await dialog.getText()).toContain(
        'Answers carried over from the last approved report and not reviewed: 1. They are submitted as they are.',
      );
      expect(dispatch).not.toHaveBeenCalledWith(ReportPageActions.submitConfirmed());

      await (await documentLoader.getHarness(MatButtonHarness.with({ text: 'Submit' }))).click();
      expect(dispatch).toHaveBeenCalledWith(ReportPageActions.submitConfirmed());
    });
  });

  it('lists what blocks a submission, each a link to its card', async () => {
    await render({
      state: { problems: [{ actionCode: '2.2', missing: ['status', 'narrative'] }] },
    });

    expect(text('app-submit-problems')).toContain('The report cannot be submitted yet');
    expect(text('app-submit-problems li')).toBe(
      '2.2 Reintegration counselling: status, what was done',
    );

    page.querySelector<HTMLElement>('app-submit-problems a.jump')!.click();
    await fixture.whenStable();

    const current = await (await loader.getHarness(AreaNavHarness)).getCurrent();
    expect(await current.getCode()).toBe('2');
    expect(dispatch).toHaveBeenCalledWith(ReportPageActions.areaSelected({ areaCode: '2' }));
    expect(document.activeElement?.id).toBe('entry-heading-2.2');
  });

  describe('when the report cannot be opened', () => {
    for (const [status, message] of [
      [403, 'Your role does not give access to this report.'],
      [
        404,
        'There is no such report: the cycle does not exist, or the state has not started this report.',
      ],
    ] as const) {
      it(`says so under a heading, with the way home, for a ${status}`, async () => {
        await render({
          state: {
            status: 'failed',
            report: null,
            error: {
              status,
              code: status === 403 ? 'forbidden' : 'not_found',
              message: 'refused',
              details: [],
            },
          },
        });

        expect(text('app-message-page h1')).toBe('This report is not available');
        expect(text('app-message-page .message')).toBe(message);
        expect(page.querySelector('app-message-page a[href="/"]')).not.toBeNull();
        expect(page.querySelector('button.retry')).toBeNull();
      });
    }

    it('offers to try again when the report could not be loaded for another reason', async () => {
      await render({
        state: {
          status: 'failed',
          report: null,
          error: { status: 0, code: 'network', message: 'offline', details: [] },
        },
      });

      expect(text('.load-failed')).toContain('The report could not be loaded.');
      expect(page.querySelector('button.retry')).not.toBeNull();
      expect(page.querySelector('app-message-page')).toBeNull();
    });
  });

  it('names the actions whose answers the server refused, each a link to its card', async () => {
    await render({
      state: {
        saveStatus: 'failed',
        edits: applyPatch({}, aReport().entries[3], {
          narrative: { text: 'x'.repeat(10_001), lang: 'en' },
        }),
        saveError: {
          status: 400,
          code: 'validation_failed',
          message: 'The report is not valid.',
          details: [
            {
              path: 'entries.0.narrative.text',
              message: 'Too long: expected at most 10000 characters',
              actionCode: '2.2',
            },
            { path: 'version', message: 'Expected number' },
          ],
        },
      },
    });

    expect(text('.save-failed')).toContain('The server did not accept the latest changes');
    expect(text('.save-failed li')).toBe(
      '2.2 Reintegration counselling Too long: expected at most 10000 characters',
    );
    page.querySelector<HTMLButtonElement>('.save-failed li button')!.click();
    await fixture.whenStable();
    const current = await (await loader.getHarness(AreaNavHarness)).getCurrent();
    expect(await current.getTitle()).toBe('Return and reintegration');
    expect(document.activeElement?.id).toBe('entry-heading-2.2');
  });

  it('tells the person that edits kept on this device were restored', async () => {
    await render({
      state: {
        notice: 'restored',
        restoredCount: 2,
        edits: applyPatch({}, aReport().entries[2], {
          status: 'limited',
          participation: 'participating',
        }),
      },
    });

    expect(text('app-alert.restored')).toContain(
      'What you wrote last time but had not saved yet was kept on this device and is restored (changed answers: 2).',
    );
    expect(text('.save-text')).toBe('Unsaved changes');
  });

  for (const [locale, alert, indicator] of [
    [
      'en',
      'The service is briefly unavailable. Your changes are kept on this device and will be saved as soon as it answers again.',
      'Service briefly unavailable — kept on this device',
    ],
    [
      'ru',
      'Сервис ненадолго недоступен. Ваши изменения хранятся на этом устройстве и будут сохранены, как только он снова ответит.',
      'Сервис ненадолго недоступен — изменения хранятся на этом устройстве',
    ],
  ] as const) {
    it(`says in ${locale} that the service is briefly unavailable and the changes are kept on the device`, async () => {
      await render({
        locale,
        user: { ...FOCAL_POINT, locale },
        state: {
          saveStatus: 'unavailable',
          edits: applyPatch({}, aReport().entries[2], {
            narrative: { text: 'Written while the database was away.', lang: 'en' },
          }),
        },
      });

      expect(text('.save-unavailable')).toBe(alert);
      expect(text('.save-text')).toBe(indicator);
    });
  }

  it('shows what could not be saved once the report was locked, so no word is lost', async () => {
    await render({
      report: { status: 'submitted', editable: false },
      state: {
        saveStatus: 'locked',
        edits: applyPatch({}, aReport().entries[2], {
          narrative: { text: 'Written after the submission.', lang: 'en' },
        }),
      },
    });

    expect(text('.save-locked')).toContain('Your latest changes could not be saved');
    expect(text('.save-locked .kept dt')).toBe('1.3 Dismantle smuggling networks · What was done');
    expect(text('.save-locked .kept dd')).toBe('Written after the submission.');
  });

  it('lets a contributor edit but not submit', async () => {
    await render({ user: CONTRIBUTOR });

    expect(page.querySelector('button.submit')).toBeNull();
    expect(text('.contributor')).toBe("Only your state's focal point submits the report.");
    expect(await loader.getAllHarnesses(MatRadioGroupHarness)).not.toEqual([]);
  });

  it('shows a submitted report read-only, waiting for review', async () => {
    await render({
      report: { status: 'submitted', editable: false, submittedAt: '2026-11-25T12:00:00.000Z' },
    });

    expect(text('.banner-submitted')).toBe(
      "Submitted on 25 Nov 2026 and waiting for the Secretariat's review. It cannot be changed in the meantime.",
    );
    expect(await loader.getAllHarnesses(MatRadioGroupHarness)).toEqual([]);
    expect(page.querySelector('button.save')).toBeNull();
  });

  it("puts the Secretariat's comment on top of a returned report", async () => {
    await render({ report: { status: 'returned', reviewComment: 'Please add the 2026 figures.' } });

    expect(text('.banner-returned')).toBe(
      "Returned for revision. The Secretariat's comment: Please add the 2026 figures.",
    );
  });

  it('lists the actions the Secretariat commented on, each leading to its card', async () => {
    await render({
      report: {
        status: 'returned',
        reviewComment: 'Two answers need more detail.',
        entries: [
          anAnsweredEntry('1.1'),
          anAnsweredEntry('1.2', { reviewComment: 'How many officers?' }),
          anAnsweredEntry('2.1', { reviewComment: 'Which law?' }),
        ],
      },
    });
    const items = Array.from(page.querySelectorAll('[data-test=commented-actions] button')).map(
      (button) => button.textContent.trim(),
    );
    expect(text('.commented-heading')).toBe('The Secretariat commented on these actions:');
    expect(items.length).toBe(2);
    expect(items[0]).toMatch(/^1\.2 /);
    expect(items[1]).toMatch(/^2\.1 /);

    (page.querySelectorAll('[data-test=commented-actions] button')[1] as HTMLButtonElement).click();
    await fixture.whenStable();
    const nav = await loader.getHarness(AreaNavHarness);
    expect(await (await nav.getCurrent()).getCode()).toBe('2');
    expect(document.activeElement?.id).toBe('entry-heading-2.1');
  });

  it('marks the areas where the Secretariat commented on an action', async () => {
    await render({
      report: {
        status: 'returned',
        reviewComment: 'One answer needs more detail.',
        entries: [
          anAnsweredEntry('1.1'),
          anAnsweredEntry('1.2'),
          anAnsweredEntry('2.1', { reviewComment: 'Which law?' }),
        ],
      },
    });
    const items = await (await loader.getHarness(AreaNavHarness)).getItems();

    expect(await Promise.all(items.map((item) => item.getNote()))).toEqual([
      null,
      'Comments from the Secretariat',
    ]);
    expect(await items[1].getAccessibleText()).toBe(
      '2 · Return and reintegration, Comments from the Secretariat, 1 of 1 answered',
    );
    expect(await Promise.all(items.map((item) => item.isDone()))).toEqual([true, true]);
  });

  it('opens the comparison when a colleague changed the same answer, and passes on the decision', async () => {
    await render({
      state: {
        conflicts: [
          {
            actionCode: '1.1',
            field: 'narrative',
            mine: { text: 'Mine.', lang: 'en' },
            theirs: { text: 'Theirs.', lang: 'en' },
          },
        ],
      },
    });

    const dialog = await documentLoader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Someone else changed the same answers');
    await (
      await documentLoader.getHarness(MatButtonHarness.with({ text: 'Keep all mine' }))
    ).click();
    await (
      await documentLoader.getHarness(MatButtonHarness.with({ text: 'Apply and save' }))
    ).click();

    expect(dispatch).toHaveBeenCalledWith(
      ConflictDialogActions.resolved({
        choices: [{ actionCode: '1.1', field: 'narrative', choice: 'mine' }],
      }),
    );
  });

  it('speaks Russian, with the titles of the plan in Russian', async () => {
    await render({ locale: 'ru', user: { ...FOCAL_POINT, locale: 'ru' } });

    expect(text('.page-title')).toBe('Отчёт: Казахстан');
    const items = await (await loader.getHarness(AreaNavHarness)).getItems();
    expect(await items[0].getAccessibleText()).toBe('1 · Нерегулярная миграция, Заполнено: 2 из 3');
    expect(text('[id="entry-heading-1.1"]')).toBe('1.1 Обмен информацией о маршрутах');
    expect(text('.progress-bar .summary')).toBe('Заполнено действий: 3 из 5 60 %');
  });
});
