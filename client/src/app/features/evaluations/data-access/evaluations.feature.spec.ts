import { anApiError } from '../../../../testing/fixtures';
import { textsOf } from './evaluation-texts';
import { toNames } from './evaluation-views';
import {
  EvaluationEditorActions,
  EvaluationsApiActions,
  EvaluationsPageActions,
  NewEvaluationDialogActions,
} from './evaluations.actions';
import {
  type EvaluationsState,
  evaluationsFeature,
  initialEvaluationsState,
  selectAreaViews,
  selectEvaluationRows,
  selectMissingTranslations,
  selectResponseRows,
  selectTexts,
} from './evaluations.feature';
import {
  CYCLES,
  EVALUATION,
  EVIDENCE,
  PLAN,
  QUOTE_KZ,
  STATES,
} from './testing/evaluations-fixture';

const { reducer } = evaluationsFeature;

function reduce(...actions: Parameters<typeof reducer>[1][]): EvaluationsState {
  return actions.reduce(reducer, initialEvaluationsState);
}

const opened = EvaluationEditorActions.opened({ evaluationId: 'e1' });
const loaded = EvaluationsApiActions.evaluationLoaded({ evaluation: EVALUATION });
const texts = textsOf(EVALUATION, ['1', '2']);
const edited = { ...texts, conclusions: { en: 'Mine', ru: 'Моё' } };

describe('evaluationsFeature', () => {
  describe('reducer', () => {
    it('lists the evaluations it was given', () => {
      const state = reduce(
        EvaluationsPageActions.opened(),
        EvaluationsApiActions.evaluationsLoaded({ evaluations: [EVALUATION] }),
      );

      expect(state.status).toBe('loaded');
      expect(state.ids).toEqual(['e1']);
    });

    it('follows the new-evaluation dialog from submit to created', () => {
      const saving = reduce(
        NewEvaluationDialogActions.opened(),
        NewEvaluationDialogActions.createSubmitted({
          evaluation: { title: EVALUATION.title, cycleIds: ['c2025'] },
        }),
      );
      const refused = reducer(
        saving,
        EvaluationsApiActions.evaluationCreateFailed({ error: anApiError() }),
      );
      const created = reducer(
        saving,
        EvaluationsApiActions.evaluationCreated({ evaluation: EVALUATION }),
      );

      expect(saving.dialogStatus).toBe('saving');
      expect(refused.dialogStatus).toBe('failed');
      expect(refused.dialogError?.status).toBe(400);
      expect(created.dialogStatus).toBe('saved');
      expect(created.entities['e1']).toEqual(EVALUATION);
    });

    describe('saving', () => {
      const saving = reduce(
        opened,
        loaded,
        EvaluationEditorActions.textsChanged({ texts: edited }),
        EvaluationEditorActions.saveRequested(),
      );
      const saved = { ...EVALUATION, version: 5, conclusions: edited.conclusions };

      it('keeps the draft while the save is on its way', () => {
        expect(saving.saveStatus).toBe('saving');
        expect(saving.draft).toBe(edited);
      });

      it('takes the new version and drops the draft it saved', () => {
        const state = reducer(
          saving,
          EvaluationsApiActions.saveSucceeded({ evaluation: saved, texts: edited }),
        );

        expect(state.entities['e1']?.version).toBe(5);
        expect(state.draft).toBeNull();
        expect(state.saveStatus).toBe('saved');
      });

      it('keeps what was typed while the save was on its way', () => {
        const later = { ...edited, conclusions: { en: 'Mine, longer', ru: 'Моё' } };
        const state = [
          EvaluationEditorActions.textsChanged({ texts: later }),
          EvaluationsApiActions.saveSucceeded({ evaluation: saved, texts: edited }),
        ].reduce(reducer, saving);

        expect(state.draft).toBe(later);
        expect(state.entities['e1']?.version).toBe(5);
      });

      it('keeps the draft when the save fails', () => {
        const state = reducer(
          saving,
          EvaluationsApiActions.saveFailed({ error: anApiError({ status: 409 }) }),
        );

        expect(state.saveStatus).toBe('failed');
        expect(state.draft).toBe(edited);
      });
    });

    describe('after a conflict', () => {
      const theirs = { ...EVALUATION, version: 6, conclusions: { en: 'Theirs', ru: 'Их' } };
      const conflicted = reduce(
        opened,
        loaded,
        EvaluationEditorActions.textsChanged({ texts: edited }),
        EvaluationEditorActions.saveRequested(),
        EvaluationsApiActions.saveFailed({ error: anApiError({ status: 409 }) }),
        EvaluationsApiActions.newerVersionLoaded({ evaluation: theirs }),
      );

      it('holds their version beside the kept draft', () => {
        expect(conflicted.newerVersion).toBe(theirs);
        expect(conflicted.draft).toBe(edited);
        expect(conflicted.entities['e1']?.version).toBe(4);
      });

      it('"keep mine" moves to their version and saves the draft again on top of it', () => {
        const state = reducer(
          conflicted,
          EvaluationEditorActions.conflictResolved({ keep: 'mine' }),
        );

        expect(state.entities['e1']?.version).toBe(6);
        expect(state.draft).toBe(edited);
        expect(state.saveStatus).toBe('saving');
        expect(state.newerVersion).toBeNull();
      });

      it('"take theirs" shows their text and drops the draft', () => {
        const state = reducer(
          conflicted,
          EvaluationEditorActions.conflictResolved({ keep: 'theirs' }),
        );

        expect(state.draft).toBeNull();
        expect(state.current?.conclusions).toEqual({ en: 'Theirs', ru: 'Их' });
      });
    });

    it('follows a download from making to receiving to done', () => {
      const file = { format: 'pdf' as const, lang: 'ru' as const, version: 2 };
      const making = reduce(EvaluationEditorActions.downloadRequested({ file }));
      const receiving = reducer(
        making,
        EvaluationsApiActions.downloadProgressed({ key: 'pdf-ru-2', loaded: 300, total: 1200 }),
      );
      const done = reducer(receiving, EvaluationsApiActions.downloadFinished({ key: 'pdf-ru-2' }));

      expect(making.downloads).toEqual({ 'pdf-ru-2': { status: 'making', percent: null } });
      expect(receiving.downloads).toEqual({ 'pdf-ru-2': { status: 'receiving', percent: 25 } });
      expect(done.downloads).toEqual({});
    });

    it('starts another evaluation clean, without the previous draft', () => {
      const state = reduce(
        opened,
        loaded,
        EvaluationEditorActions.textsChanged({ texts: edited }),
        EvaluationEditorActions.opened({ evaluationId: 'e2' }),
      );

      expect(state.draft).toBeNull();
      expect(state.currentStatus).toBe('loading');
    });
  });

  describe('selectors', () => {
    const names = toNames(PLAN, STATES, CYCLES, 'en');

    it('lists evaluations with their cycles by name and their newest final version', () => {
      const rows = selectEvaluationRows.projector(
        [
          {
            ...EVALUATION,
            finalVersions: [
              { number: 1, finalizedAt: 'x', finalizedBy: EVALUATION.createdBy },
              { number: 2, finalizedAt: 'y', finalizedBy: EVALUATION.createdBy },
            ],
          },
        ],
        CYCLES,
        'ru',
      );

      expect(rows).toEqual([
        {
          id: 'e1',
          title: 'Промежуточная оценка 2026',
          cycles: 'Ежегодный отчёт за 2025 год, Ежегодный отчёт за 2026 год',
          status: 'draft',
          version: 4,
          lastFinal: 2,
          updatedAt: '2026-11-30T10:00:00.000Z',
        },
      ]);
    });

    it('shows the draft when there is one, else the stored texts', () => {
      expect(selectTexts.projector(EVALUATION, edited, ['1', '2'])).toBe(edited);
      expect(selectTexts.projector(EVALUATION, null, ['1', '2'])).toEqual(texts);
    });

    it("puts each area's figures and quotations beside its finding, pinned ones first", () => {
      const pinnedTexts = {
        ...texts,
        findings: [
          { ...texts.findings[0], pins: [QUOTE_KZ, { ...QUOTE_KZ, actionCode: '1.9' }] },
          texts.findings[1],
        ],
      };
      const [first, second] = selectAreaViews.projector(pinnedTexts, EVIDENCE, names);

      expect(first.title).toBe('Preventing and fighting illegal migration');
      expect(first.figures?.score).toBe(55.6);
      // The second pin's quotation is no longer in the evidence: its citation stays, marked gone.
      expect(
        first.quotes.map((quote) => [quote.stateName, quote.text, quote.pinned, quote.gone]),
      ).toEqual([
        ['Kazakhstan', 'A new border data system was launched.', true, false],
        ['Kazakhstan', '', true, true],
      ]);
      expect(second.figures).toBeNull();
      expect(
        second.quotes.map((quote) => [quote.stateName, quote.cycleName, quote.pinned]),
      ).toEqual([['Georgia', '2026 annual report', false]]);
    });

    it('computes the response rate with one decimal', () => {
      expect(selectResponseRows.projector(EVIDENCE, names)).toEqual([
        { cycleId: 'c2025', cycleName: '2025 annual report', expected: 3, approved: 2, rate: 66.7 },
        { cycleId: 'c2026', cycleName: '2026 annual report', expected: 3, approved: 0, rate: 0 },
      ]);
    });

    it('counts the texts missing in a language', () => {
      // The stored summary has English only.
      expect(selectMissingTranslations.projector(texts)).toEqual({ en: 0, ru: 1 });
    });
  });
});
