import { FOCAL_POINT, aUser, anApiError } from '../../../../testing/fixtures';
import { AuthApiActions, SessionActions } from '../../../core/session';
import { applyPatch } from './entry-edits';
import {
  AutosaveActions,
  ConflictDialogActions,
  ReportEditorActions,
  ReportPageActions,
  ReportsApiActions,
  ReviewPageActions,
} from './report.actions';
import {
  type ReportState,
  initialReportState,
  reportFeature,
  selectCanSubmit,
  selectCompleteness,
  selectDirtyCodes,
  selectDraftToStore,
  selectEditorView,
  selectPendingSave,
  selectSaveIndicator,
  selectSubmitReadiness,
} from './report.feature';
import { KEY, aContext, aReport, anAnsweredEntry, anEntry } from './testing/report-fixture';

const { reducer } = reportFeature;
const text = (value: string) => ({ text: value, lang: 'en' as const });

function loaded(overrides: Partial<ReportState> = {}): ReportState {
  return {
    ...initialReportState,
    key: KEY,
    status: 'loaded',
    report: aReport(),
    context: aContext(),
    ...overrides,
  };
}

function reduce(state: ReportState, ...actions: Parameters<typeof reducer>[1][]): ReportState {
  return actions.reduce((current, action) => reducer(current, action), state);
}

const typed = (actionCode: string, narrative: string) =>
  ReportEditorActions.entryChanged({ actionCode, patch: { narrative: text(narrative) } });

describe('reportFeature', () => {
  describe('reducer', () => {
    it('starts afresh when another report opens, and keeps the data when the same one does', () => {
      const state = loaded({ edits: applyPatch({}, aReport().entries[2], { status: 'limited' }) });

      expect(
        reducer(state, ReportPageActions.opened({ key: { ...KEY, stateCode: 'AT' } })),
      ).toEqual({
        ...initialReportState,
        key: { ...KEY, stateCode: 'AT' },
        status: 'loading',
      });
      const again = reducer(state, ReviewPageActions.opened({ key: KEY }));
      expect(again.edits).toBe(state.edits);
      expect(again.status).toBe('loading');
    });

    it('forgets everything of the person who signs out (their edits wait in storage)', () => {
      const state = loaded({ edits: applyPatch({}, aReport().entries[2], { status: 'limited' }) });

      expect(reducer(state, AuthApiActions.signOutSucceeded())).toEqual(initialReportState);
      expect(reducer(state, SessionActions.expired())).toEqual(initialReportState);
    });

    describe('when the report loads with edits kept on this device', () => {
      const draft = {
        version: 3,
        savedAt: '2026-11-28T18:00:00.000Z',
        edits: applyPatch({}, anEntry('1.3'), { narrative: text('Written offline.') }),
      };

      it('restores them and says how many', () => {
        const state = reducer(
          { ...initialReportState, key: KEY, status: 'loading' },
          ReportsApiActions.reportLoaded({
            key: KEY,
            report: aReport(),
            context: aContext(),
            draft,
          }),
        );

        expect(state.edits).toEqual(draft.edits);
        expect(state.restoredCount).toBe(1);
        expect(state.notice).toBe('restored');
      });

      it('drops those the server already holds (the save did arrive)', () => {
        const report = aReport({
          entries: [anEntry('1.3', { narrative: text('Written offline.') })],
        });
        const state = reducer(
          { ...initialReportState, key: KEY, status: 'loading' },
          ReportsApiActions.reportLoaded({ key: KEY, report, context: aContext(), draft }),
        );

        expect(state.edits).toEqual({});
        expect(state.notice).toBeNull();
      });

      it('keeps them, saying they cannot be saved, when the report was submitted meanwhile', () => {
        const state = reducer(
          { ...initialReportState, key: KEY, status: 'loading' },
          ReportsApiActions.reportLoaded({
            key: KEY,
            report: aReport({ status: 'submitted', editable: false }),
            context: aContext(),
            draft,
          }),
        );

        expect(state.edits).toEqual(draft.edits);
        expect(state.saveStatus).toBe('locked');
        expect(state.notice).toBeNull();
      });

      it('ignores an answer for a report no longer open', () => {
        const state = {
          ...initialReportState,
          key: { ...KEY, stateCode: 'AT' },
          status: 'loading' as const,
        };

        expect(
          reducer(
            state,
            ReportsApiActions.reportLoaded({
              key: KEY,
              report: aReport(),
              context: aContext(),
              draft,
            }),
          ),
        ).toBe(state);
      });
    });

    it('records an edit of an editable report only', () => {
      expect(Object.keys(reducer(loaded(), typed('1.3', 'New')).edits)).toEqual(['1.3']);

      const locked = loaded({ report: aReport({ status: 'submitted', editable: false }) });
      expect(reducer(locked, typed('1.3', 'New'))).toBe(locked);
    });

    describe('saving', () => {
      const sent = { '1.3': { narrative: text('New') } };

      it('forgets the edits the server confirmed and keeps typing that went on meanwhile', () => {
        const state = reduce(
          loaded(),
          typed('1.3', 'New'),
          typed('2.2', 'Other'),
          ReportsApiActions.saveStarted({ sent }),
          typed('1.3', 'New text'),
        );
        const report = aReport({
          version: 5,
          entries: aReport().entries.map((entry) =>
            entry.actionCode === '1.3' ? { ...entry, narrative: text('New') } : entry,
          ),
        });

        const after = reducer(
          state,
          ReportsApiActions.saveSucceeded({ report, sent, at: '2026-11-29T10:00:00.000Z' }),
        );

        expect(after.report?.version).toBe(5);
        expect(after.edits['1.3']).toEqual({
          values: { narrative: text('New text') },
          base: { narrative: text('New') },
        });
        expect(Object.keys(after.edits)).toEqual(['1.3', '2.2']);
        expect(after.saveStatus).toBe('saved');
        expect(after.lastSavedAt).toBe('2026-11-29T10:00:00.000Z');
        expect(after.sending).toBeNull();
      });

      it('keeps the edits and says "offline" when the server cannot be reached', () => {
        const state = reduce(
          loaded(),
          typed('1.3', 'New'),
          ReportsApiActions.saveStarted({ sent }),
          ReportsApiActions.saveFailed({ error: anApiError({ status: 0, code: 'network_error' }) }),
        );

        expect(state.saveStatus).toBe('offline');
        expect(Object.keys(state.edits)).toEqual(['1.3']);
        expect(reducer(state, AutosaveActions.cameOnline()).saveStatus).toBe('idle');
      });

      it('keeps the edits and says "unavailable" when the server answers 503 database_unavailable', () => {
        const state = reduce(
          loaded(),
          typed('1.3', 'New'),
          ReportsApiActions.saveStarted({ sent }),
          ReportsApiActions.saveFailed({
            error: anApiError({ status: 503, code: 'database_unavailable' }),
          }),
        );

        expect(state.saveStatus).toBe('unavailable');
        expect(Object.keys(state.edits)).toEqual(['1.3']);
        expect(state.edits['1.3'].values.narrative?.text).toBe('New');
        expect(selectSaveIndicator.projector(state.saveStatus, state.edits, [], null).state).toBe(
          'unavailable',
        );
      });

      it('says "locked" when the report was submitted meanwhile', () => {
        const state = reduce(
          loaded(),
          typed('1.3', 'New'),
          ReportsApiActions.saveFailed({
            error: anApiError({ status: 409, code: 'report_locked' }),
          }),
        );

        expect(state.saveStatus).toBe('locked');
        expect(Object.keys(state.edits)).toEqual(['1.3']);
      });
    });

    describe('when someone else saved in between (409 stale_version)', () => {
      const sent = { '1.3': { narrative: text('Mine') } };

      it('re-bases silently when they changed other answers', () => {
        const theirs = aReport({
          version: 5,
          entries: aReport().entries.map((entry) =>
            entry.actionCode === '2.2' ? { ...entry, status: 'completed' as const } : entry,
          ),
        });
        const state = reduce(
          loaded(),
          typed('1.3', 'Mine'),
          ReportsApiActions.saveStarted({ sent }),
          ReportsApiActions.saveConflicted({ report: theirs, sent }),
        );

        expect(state.report?.version).toBe(5);
        expect(state.conflicts).toEqual([]);
        expect(state.edits['1.3'].values.narrative).toEqual(text('Mine'));
        expect(state.saveStatus).toBe('idle');
      });

      it('lists the fields both changed, until the person decides', () => {
        const theirs = aReport({
          version: 5,
          entries: aReport().entries.map((entry) =>
            entry.actionCode === '1.3' ? { ...entry, narrative: text('Theirs') } : entry,
          ),
        });
        const state = reduce(
          loaded(),
          typed('1.3', 'Mine'),
          ReportsApiActions.saveConflicted({ report: theirs, sent }),
        );

        expect(state.conflicts).toEqual([
          { actionCode: '1.3', field: 'narrative', mine: text('Mine'), theirs: text('Theirs') },
        ]);

        const decided = reducer(
          state,
          ConflictDialogActions.resolved({
            choices: [{ actionCode: '1.3', field: 'narrative', choice: 'mine' }],
          }),
        );
        expect(decided.conflicts).toEqual([]);
        expect(decided.edits['1.3']).toEqual({
          values: { narrative: text('Mine') },
          base: { narrative: text('Theirs') },
        });
      });

      it('stops instead of trying again when the answer is no newer than what it has', () => {
        const state = reduce(
          loaded(),
          typed('1.3', 'Mine'),
          ReportsApiActions.saveConflicted({ report: aReport({ version: 4 }), sent }),
        );

        expect(state.saveStatus).toBe('failed');
        expect(state.saveError?.code).toBe('stale_version');
      });
    });

    it('takes the newer report of an upload, keeping the edits', () => {
      const state = reduce(
        loaded(),
        typed('1.3', 'Mine'),
        ReportEditorActions.fileChosen({
          upload: {
            id: 'u1',
            actionCode: '1.1',
            fileName: 'law.pdf',
            size: 2000,
            contentType: 'application/pdf',
          },
        }),
        ReportsApiActions.uploadProgressed({ id: 'u1', percent: 40 }),
      );
      expect(state.uploads).toEqual([
        {
          id: 'u1',
          actionCode: '1.1',
          fileName: 'law.pdf',
          size: 2000,
          percent: 40,
          problem: null,
        },
      ]);

      const after = reducer(
        state,
        ReportsApiActions.uploadSucceeded({ id: 'u1', report: aReport({ version: 5 }) }),
      );
      expect(after.uploads).toEqual([]);
      expect(after.report?.version).toBe(5);
      expect(Object.keys(after.edits)).toEqual(['1.3']);
    });

    it('keeps what blocks a submission, and the outcome of a move', () => {
      const refused = reduce(
        loaded(),
        ReportPageActions.submitConfirmed(),
        ReportsApiActions.submitRefused({
          problems: [{ actionCode: '1.3', missing: ['participation'] }],
        }),
      );
      expect(refused.problems).toEqual([{ actionCode: '1.3', missing: ['participation'] }]);
      expect(refused.transitionStatus).toBe('idle');

      const submitted = reducer(
        refused,
        ReportsApiActions.transitionSucceeded({
          report: aReport({ version: 5, status: 'submitted', editable: false }),
          transition: 'submit',
        }),
      );
      expect(submitted.report?.status).toBe('submitted');
      expect(submitted.notice).toBe('submitted');
    });
  });

  describe('selectors', () => {
    const entries = aReport().entries;

    it('selectCompleteness counts answered actions overall and per area ("not participating" is complete)', () => {
      expect(selectCompleteness.projector(entries)).toEqual({
        // 1.1 answered, 1.2 not participating, 2.1 answered: 3 of 5.
        overall: { complete: 3, total: 5, percent: 60 },
        byArea: {
          '1': { complete: 2, total: 3, percent: 66 },
          '2': { complete: 1, total: 2, percent: 50 },
        },
      });
    });

    it('selectDirtyCodes names the actions with unsaved edits', () => {
      const edits = applyPatch(applyPatch({}, entries[2], { status: 'limited' }), entries[4], {
        status: 'completed',
      });

      expect(selectDirtyCodes.projector(edits)).toEqual(['1.3', '2.2']);
    });

    describe('selectPendingSave', () => {
      const edits = applyPatch({}, entries[2], { participation: 'participating' });

      it('sends the changed entries with the version they were based on', () => {
        expect(selectPendingSave.projector(KEY, 'loaded', aReport(), edits, [], null)).toEqual({
          key: KEY,
          body: { version: 4, entries: [{ actionCode: '1.3', participation: 'participating' }] },
          sent: { '1.3': { participation: 'participating' } },
        });
      });

      it('waits while a save is under way or a conflict is open, and never saves a locked report', () => {
        const conflict = { actionCode: '1.3', field: 'participation' as const, mine: 1, theirs: 2 };
        expect(selectPendingSave.projector(KEY, 'loaded', aReport(), edits, [], {})).toBeNull();
        expect(
          selectPendingSave.projector(KEY, 'loaded', aReport(), edits, [conflict], null),
        ).toBeNull();
        expect(
          selectPendingSave.projector(KEY, 'loaded', aReport({ editable: false }), edits, [], null),
        ).toBeNull();
      });
    });

    describe('selectSaveIndicator', () => {
      const edits = applyPatch({}, entries[2], { status: 'limited' });
      const at = '2026-11-29T10:00:00.000Z';

      it('tells saved, saving, unsaved and offline apart', () => {
        expect(selectSaveIndicator.projector('saved', {}, [], at)).toEqual({
          state: 'saved',
          lastSavedAt: at,
        });
        expect(selectSaveIndicator.projector('saving', edits, [], at).state).toBe('saving');
        expect(selectSaveIndicator.projector('saved', edits, [], at).state).toBe('unsaved');
        expect(selectSaveIndicator.projector('offline', edits, [], at).state).toBe('offline');
        expect(selectSaveIndicator.projector('idle', {}, [], null).state).toBe('idle');
      });
    });

    it('selectCanSubmit lets only the focal point submit', () => {
      expect(selectCanSubmit.projector(true, FOCAL_POINT)).toBeTrue();
      expect(
        selectCanSubmit.projector(true, aUser({ role: 'contributor', stateCode: 'KZ' })),
      ).toBeFalse();
      expect(selectCanSubmit.projector(false, FOCAL_POINT)).toBeFalse();
    });

    it('selectSubmitReadiness waits for the last save, and refuses when it cannot be saved', () => {
      const pending = { key: KEY, body: { version: 4, entries: [] }, sent: {} };
      expect(selectSubmitReadiness.projector(null, null, [], 'saved')).toBe('ready');
      expect(selectSubmitReadiness.projector(pending, null, [], 'idle')).toBe('waiting');
      expect(selectSubmitReadiness.projector(null, {}, [], 'saving')).toBe('waiting');
      expect(selectSubmitReadiness.projector(pending, null, [], 'offline')).toBe('blocked');
      expect(selectSubmitReadiness.projector(pending, null, [], 'unavailable')).toBe('blocked');
    });

    it('selectDraftToStore keeps edits per cycle, state and person once the report is there', () => {
      const edits = applyPatch({}, entries[2], { status: 'limited' });

      expect(selectDraftToStore.projector(KEY, 'loaded', aReport(), edits, FOCAL_POINT)).toEqual({
        key: { ...KEY, userId: FOCAL_POINT.id },
        version: 4,
        edits,
      });
      expect(selectDraftToStore.projector(KEY, 'loading', null, edits, FOCAL_POINT)).toBeNull();
    });

    it('selectEditorView arranges the cards by area with titles in the active language', () => {
      const report = aReport();
      const view = selectEditorView.projector(report, report.entries, {}, aContext(), 'ru');

      expect(view?.stateName).toBe('Казахстан');
      expect(view?.areas.map((area) => [area.code, area.shortTitle, area.entries.length])).toEqual([
        ['1', 'Нерегулярная миграция', 3],
        ['2', 'Возвращение и реинтеграция', 2],
      ]);
      expect(view?.areas[0].entries[0].title).toBe('Обмен информацией о маршрутах');
      expect(view?.areas[1].entries[1].missing).toEqual(['status', 'narrative']);
    });

    it('selectEditorView gives the state its extended deadline', () => {
      const context = aContext({
        cycle: {
          ...aContext().cycle,
          deadlineExtensions: [{ stateCode: 'KZ', deadline: '2026-12-20' }],
        },
      });
      const report = aReport({ entries: [anAnsweredEntry('1.1')] });

      expect(selectEditorView.projector(report, report.entries, {}, context, 'en')?.deadline).toBe(
        '2026-12-20',
      );
    });
  });
});
