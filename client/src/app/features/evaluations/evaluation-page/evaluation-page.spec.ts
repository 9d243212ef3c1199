import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatProgressBarHarness } from '@angular/material/progress-bar/testing';
import { MatRadioGroupHarness } from '@angular/material/radio/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatTabGroupHarness } from '@angular/material/tabs/testing';
import { provideRouter } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import type { Locale } from '@ppm/shared';

import { provideTranslocoForTests } from '../../../../testing/i18n-testing';
import { provideIconsForTests } from '../../../../testing/icons-testing';
import { selectLocale } from '../../../core/i18n';
import {
  type Download,
  type Evaluation,
  EvaluationEditorActions,
  type EvaluationTexts,
  type Reply,
  missingTranslations,
  selectAreaViews,
  selectCurrentEvaluation,
  selectCurrentEvaluationError,
  selectCurrentEvaluationStatus,
  selectDownloads,
  selectEvidenceStatus,
  selectFinalVersions,
  selectFinaliseError,
  selectFinaliseStatus,
  selectIsDirty,
  selectMissingTranslations,
  selectNames,
  selectNewerVersion,
  selectPlan,
  selectReplies,
  selectRepliesStatus,
  selectReplyWindowStatus,
  selectResponseRows,
  selectSaveError,
  selectSaveStatus,
  selectTexts,
  textsOf,
  toAreaViews,
  toNames,
  toResponseRows,
} from '../data-access';
import {
  CYCLES,
  EVALUATION,
  EVIDENCE,
  PLAN,
  REPLY,
  STATES,
} from '../data-access/testing/evaluations-fixture';
import { EvaluationPage } from './evaluation-page';

describe('EvaluationPage', () => {
  let fixture: ComponentFixture<EvaluationPage>;
  let loader: HarnessLoader;
  let documentLoader: HarnessLoader;
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let page: HTMLElement;

  const text = (element: Element | null | undefined): string =>
    element?.textContent.replace(/\s+/g, ' ').trim() ?? '';

  interface Options {
    locale?: Locale;
    evaluation?: Evaluation;
    dirty?: boolean;
    newerVersion?: Evaluation | null;
    downloads?: Record<string, Download>;
    replies?: Reply[];
  }

  let texts: EvaluationTexts;

  async function render(options: Options = {}): Promise<void> {
    const locale = options.locale ?? 'en';
    const evaluation = options.evaluation ?? EVALUATION;
    const names = toNames(PLAN, STATES, CYCLES, locale);
    texts = textsOf(evaluation, ['1', '2']);
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
    store.overrideSelector(selectCurrentEvaluation, evaluation);
    store.overrideSelector(selectCurrentEvaluationStatus, 'loaded');
    store.overrideSelector(selectCurrentEvaluationError, null);
    store.overrideSelector(selectTexts, texts);
    store.overrideSelector(selectIsDirty, options.dirty ?? false);
    store.overrideSelector(selectMissingTranslations, missingTranslations(texts));
    store.overrideSelector(selectSaveStatus, options.newerVersion ? 'failed' : 'idle');
    store.overrideSelector(selectSaveError, null);
    store.overrideSelector(selectNewerVersion, options.newerVersion ?? null);
    store.overrideSelector(selectFinaliseStatus, 'idle');
    store.overrideSelector(selectFinaliseError, null);
    store.overrideSelector(selectAreaViews, toAreaViews(texts.findings, EVIDENCE, names));
    store.overrideSelector(selectEvidenceStatus, 'loaded');
    store.overrideSelector(selectResponseRows, toResponseRows(EVIDENCE, names));
    store.overrideSelector(
      selectFinalVersions,
      [...evaluation.finalVersions].sort((a, b) => b.number - a.number),
    );
    store.overrideSelector(selectDownloads, options.downloads ?? {});
    store.overrideSelector(selectReplies, options.replies ?? []);
    store.overrideSelector(selectRepliesStatus, 'idle');
    store.overrideSelector(selectReplyWindowStatus, 'idle');
    store.overrideSelector(selectNames, names);
    store.overrideSelector(selectPlan, PLAN);
    dispatch = spyOn(store, 'dispatch').and.callThrough();
    fixture = TestBed.createComponent(EvaluationPage);
    fixture.componentRef.setInput('evaluationId', evaluation.id);
    loader = TestbedHarnessEnvironment.loader(fixture);
    documentLoader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    page = fixture.nativeElement as HTMLElement;
    TestBed.inject(TranslocoService).setActiveLang(locale);
    await fixture.whenStable();
  }

  const button = (label: string | RegExp): Promise<MatButtonHarness> =>
    loader.getHarness(MatButtonHarness.with({ text: label }));

  const openTab = async (label: string): Promise<void> => {
    await (await loader.getHarness(MatTabGroupHarness)).selectTab({ label });
    await fixture.whenStable();
  };

  afterEach(() => store.resetSelectors());

  describe('a saved draft', () => {
    beforeEach(() => render());

    it('opens the evaluation of the route', () => {
      expect(dispatch).toHaveBeenCalledWith(EvaluationEditorActions.opened({ evaluationId: 'e1' }));
    });

    it('shows its title, version and that everything is saved, with nothing to save', async () => {
      expect(text(page.querySelector('h1'))).toBe('Mid-term evaluation 2026');
      expect(text(page.querySelector('.version'))).toBe('Version 4');
      expect(text(page.querySelector('.save-state'))).toBe('All changes saved');
      expect(await (await button(/Save/)).isDisabled()).toBeTrue();
    });

    it('says how many texts are missing in Russian, and marks the empty Russian summary', () => {
      expect(text(page.querySelector('.missing'))).toBe('Missing in Russian: 1');
      expect(text(page.querySelector('.missing-cue'))).toBe(
        'Missing in Russian: the report will say so here',
      );
    });

    it('passes what the person types in Russian to the store, keeping the English', () => {
      const russian = page.querySelector<HTMLTextAreaElement>('textarea[data-lang="ru"]')!;
      russian.value = 'Прогресс стабилен.';
      russian.dispatchEvent(new Event('input'));

      expect(dispatch).toHaveBeenCalledWith(
        EvaluationEditorActions.textsChanged({
          texts: {
            ...texts,
            executiveSummary: { en: 'Progress is steady.', ru: 'Прогресс стабилен.' },
          },
        }),
      );
    });

    it('asks before finalising, and finalises on yes', async () => {
      await (await button(/Finalise/)).click();
      const dialog = await documentLoader.getHarness(MatDialogHarness);

      expect(await dialog.getTitleText()).toBe('Finalise as version 1?');
      await (await dialog.getHarness(MatButtonHarness.with({ text: 'Finalise' }))).click();
      expect(dispatch).toHaveBeenCalledWith(EvaluationEditorActions.finaliseConfirmed());
    });

    it("shows each area's figures beside its finding, and pins a quotation to it", async () => {
      await openTab('Findings');
      const [first] = Array.from(page.querySelectorAll('app-finding-card'));

      expect(text(first.querySelector('h3'))).toBe(
        'Area 1: Preventing and fighting illegal migration',
      );
      expect(text(first.querySelector('.score'))).toBe('55.6 % +4.2 against the baseline');
      expect(text(first.querySelector('.participating'))).toBe('3');
      expect(text(first.querySelector('.evidence app-quote-citation .citation'))).toBe(
        'Kazakhstan, 2025 annual report, action 1.1, report version 3 · achievement',
      );

      await (
        await loader.getHarness(
          MatButtonHarness.with({ selector: '.pin', ancestor: 'app-finding-card:first-of-type' }),
        )
      ).click();

      const pinned = {
        ...texts.findings[0],
        pins: [
          { cycleId: 'c2025', stateCode: 'KZ', actionCode: '1.1', kind: 'achievement' as const },
        ],
      };
      expect(dispatch).toHaveBeenCalledWith(
        EvaluationEditorActions.textsChanged({
          texts: { ...texts, findings: [pinned, texts.findings[1]] },
        }),
      );
    });

    it('rates a criterion on the four-level scale', async () => {
      await openTab('Assessment');
      const [relevance] = await loader.getAllHarnesses(MatRadioGroupHarness);
      await relevance.checkRadioButton({ label: 'Satisfactory' });

      expect(dispatch).toHaveBeenCalledWith(
        jasmine.objectContaining({
          type: EvaluationEditorActions.textsChanged.type,
          texts: jasmine.objectContaining({
            assessments: [
              { criterionCode: 'relevance', rating: 'satisfactory', text: { en: '', ru: '' } },
              { criterionCode: 'impact', rating: null, text: { en: '', ru: '' } },
            ],
          }),
        }),
      );
    });
  });

  it('asks before leaving unsaved changes behind', async () => {
    await render({ dirty: true });
    let left: boolean | undefined;
    const answer = fixture.componentInstance.confirmLeave();
    answer.subscribe((value) => (left = value));
    const dialog = await documentLoader.getHarness(MatDialogHarness);

    expect(await dialog.getTitleText()).toBe('Leave without saving?');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Stay' }))).click();
    expect(left).toBeFalse();
  });

  it("shows a state's reply beside the passage it concerns, and records how it was handled", async () => {
    await render({
      evaluation: {
        ...EVALUATION,
        replyWindow: {
          open: true,
          openedAt: '2026-12-01T08:00:00.000Z',
          closesOn: '2026-12-20',
          closedAt: null,
        },
      },
      replies: [REPLY],
    });
    await openTab('Right of reply');
    const thread = page.querySelector('.thread')!;

    expect(text(page.querySelector('.window .heading'))).toBe('The reply window is open');
    expect(text(thread.querySelector('.passage .label'))).toBe(
      'Area 1: Preventing and fighting illegal migration',
    );
    expect(text(thread.querySelector('.reply-text'))).toBe('Our system also covers sea ports.');

    const outcome = await loader.getHarness(MatSelectHarness.with({ ancestor: '.thread' }));
    await outcome.open();
    await outcome.clickOptions({ text: 'Partly accepted' });
    await (await button('Record')).click();

    expect(dispatch).toHaveBeenCalledWith(
      EvaluationEditorActions.replyHandled({ replyId: 'r1', outcome: 'partly_accepted', note: '' }),
    );
  });

  it('saves unsaved changes with one click', async () => {
    await render({ dirty: true });
    expect(text(page.querySelector('.save-state'))).toBe('Unsaved changes');
    await (await button(/Save/)).click();

    expect(dispatch).toHaveBeenCalledWith(EvaluationEditorActions.saveRequested());
    expect(await (await button(/Finalise/)).isDisabled()).toBeTrue();
  });

  describe('when someone else saved meanwhile', () => {
    beforeEach(() => render({ dirty: true, newerVersion: { ...EVALUATION, version: 6 } }));

    it('says so, keeps the text, and saves it on top when asked', async () => {
      expect(text(page.querySelector('.conflict .alert-title'))).toBe(
        'Someone else saved version 6 while you were writing',
      );
      await (await button('Save mine on top')).click();

      expect(dispatch).toHaveBeenCalledWith(
        EvaluationEditorActions.conflictResolved({ keep: 'mine' }),
      );
    });

    it('asks before dropping the text for theirs', async () => {
      await (await button('Take their version')).click();
      const dialog = await documentLoader.getHarness(MatDialogHarness);
      await (
        await dialog.getHarness(MatButtonHarness.with({ text: 'Take their version' }))
      ).click();

      expect(dispatch).toHaveBeenCalledWith(
        EvaluationEditorActions.conflictResolved({ keep: 'theirs' }),
      );
    });
  });

  describe('with a final version, in Russian', () => {
    const finalised = {
      ...EVALUATION,
      finalVersions: [
        { number: 1, finalizedAt: '2026-12-01T12:00:00.000Z', finalizedBy: EVALUATION.createdBy },
      ],
    };

    it('offers the draft and version 1 as Word and PDF in both languages', async () => {
      await render({ evaluation: finalised, locale: 'ru' });
      await openTab('Отчёт');
      const rows = Array.from(page.querySelectorAll('app-report-files .row'));

      expect(rows.map((row) => text(row.querySelector('h3')))).toEqual([
        'Текущий черновик',
        'Итоговая версия 1',
      ]);
      await (await loader.getHarness(MatButtonHarness.with({ selector: '.pdf-ru-1' }))).click();
      expect(dispatch).toHaveBeenCalledWith(
        EvaluationEditorActions.downloadRequested({
          file: { format: 'pdf', lang: 'ru', version: 1 },
        }),
      );
    });

    it('shows how far a file has come while it is made', async () => {
      await render({
        evaluation: finalised,
        locale: 'ru',
        downloads: { 'docx-en-1': { status: 'receiving', percent: 40 } },
      });
      await openTab('Отчёт');
      const bar = await loader.getHarness(MatProgressBarHarness);

      expect(await bar.getValue()).toBe(40);
      expect(text(page.querySelector('.progress-text'))).toBe(
        'Получение: Word-файл, язык: Английский — 40 %',
      );
      expect(
        await (
          await loader.getHarness(MatButtonHarness.with({ selector: '.docx-en-1' }))
        ).isDisabled(),
      ).toBeTrue();
    });

    it('previews the report, saying where a text is missing in Russian', async () => {
      await render({ evaluation: finalised, locale: 'ru' });
      await openTab('Отчёт');
      const preview = page.querySelector('app-report-preview')!;

      expect(text(preview.querySelector('.report-title'))).toBe('Промежуточная оценка 2026');
      expect(text(preview.querySelector('section .missing'))).toBe(
        'Этот текст отсутствует на русском языке.',
      );
      const cells = Array.from(preview.querySelectorAll('.responses tbody tr:first-child > *'));
      expect(cells.map((cell) => text(cell))).toEqual([
        'Ежегодный отчёт за 2025 год',
        '3',
        '2',
        '66,7 %',
      ]);
    });
  });
});
