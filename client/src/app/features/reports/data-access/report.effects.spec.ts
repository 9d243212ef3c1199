import { HttpEventType, type HttpEvent, HttpResponse } from '@angular/common/http';
import { Actions } from '@ngrx/effects';
import type { Action, Store } from '@ngrx/store';
import { BehaviorSubject, NEVER, Subject, type Observable, of, throwError } from 'rxjs';

import { FOCAL_POINT, collect, httpError } from '../../../../testing/fixtures';
import type { ApiError } from '../../../core/http';
import { selectUser } from '../../../core/session';
import { applyPatch } from './entry-edits';
import {
  AutosaveActions,
  ReportEditorActions,
  ReportPageActions,
  ReportsApiActions,
  ReviewPageActions,
} from './report.actions';
import {
  autosaveWhenTypingPauses,
  keepEditsOnDevice,
  loadReport,
  retryOfflineSave,
  reviewReport,
  saveReport,
  submitReport,
  uploadFile,
} from './report.effects';
import {
  type PendingSave,
  selectDraftToStore,
  selectPendingSave,
  selectReportKey,
  selectReportStatus,
  selectSubmitReadiness,
} from './report.feature';
import type { UploadAnswer } from './reports.api';
import { KEY, aContext, aPlan, aReport, aCycle, anEntry } from './testing/report-fixture';

/** Matches an `ApiError` by the fields given. */
const apiError = (expected: Partial<ApiError>): ApiError =>
  jasmine.objectContaining(expected) as unknown as ApiError;

/** A store whose selectors answer what the spec says (an Observable, or a value). */
function fakeStore(answers: [unknown, unknown][]): Store {
  const byselector = new Map<unknown, unknown>(answers);
  return {
    select: (selector: unknown) => {
      const answer = byselector.get(selector);
      return answer instanceof Object && 'subscribe' in answer
        ? (answer as Observable<unknown>)
        : of(answer);
    },
  } as unknown as Store;
}

const text = (value: string) => ({ text: value, lang: 'en' as const });
const pendingSave = (version = 4): PendingSave => ({
  key: KEY,
  body: { version, entries: [{ actionCode: '1.3', narrative: text('New') }] },
  sent: { '1.3': { narrative: text('New') } },
});
const online = { isOnline: () => true };
const clock = () => new Date('2026-11-29T10:00:00.000Z');

describe('report effects', () => {
  describe('loadReport', () => {
    const api = {
      get: jasmine.createSpy('get').and.returnValue(of(aReport())),
      cycle: jasmine.createSpy('cycle').and.returnValue(of(aCycle())),
      plan: jasmine.createSpy('plan').and.returnValue(of(aPlan())),
      states: jasmine
        .createSpy('states')
        .and.returnValue(
          of([
            { code: 'KZ', name: { en: 'Kazakhstan', ru: 'Казахстан' }, region: 'CA', active: true },
          ]),
        ),
    };
    const store = fakeStore([
      [selectReportKey, KEY],
      [selectReportStatus, 'loading'],
      [selectUser, FOCAL_POINT],
    ]);

    it('reads the report with its cycle, plan titles, state name and the edits kept on this device', () => {
      const draft = { version: 4, savedAt: '2026-11-28T18:00:00.000Z', edits: {} };
      const drafts = { read: jasmine.createSpy('read').and.returnValue(draft) };

      const result = collect(
        loadReport(new Actions(of(ReportPageActions.opened({ key: KEY }))), store, api, drafts),
      );

      expect(drafts.read).toHaveBeenCalledOnceWith({ ...KEY, userId: FOCAL_POINT.id });
      expect(result).toEqual([
        ReportsApiActions.reportLoaded({ key: KEY, report: aReport(), context: aContext(), draft }),
      ]);
    });

    it('reports a failure as plain data', () => {
      const failing = {
        ...api,
        get: () => throwError(() => httpError(404, { code: 'report_not_started' })),
      };

      const [result] = collect(
        loadReport(new Actions(of(ReportPageActions.opened({ key: KEY }))), store, failing, {
          read: () => null,
        }),
      );

      expect(result).toEqual(
        ReportsApiActions.reportLoadFailed({
          key: KEY,
          error: apiError({ status: 404, code: 'report_not_started' }),
        }),
      );
    });

    it('tries again on coming back online only after a failure', () => {
      const drafts = { read: () => null };
      const whenLoaded = fakeStore([
        [selectReportKey, KEY],
        [selectReportStatus, 'loaded'],
        [selectUser, FOCAL_POINT],
      ]);
      const whenFailed = fakeStore([
        [selectReportKey, KEY],
        [selectReportStatus, 'failed'],
        [selectUser, FOCAL_POINT],
      ]);
      const online$ = () => new Actions(of(AutosaveActions.cameOnline()));

      expect(collect(loadReport(online$(), whenLoaded, api, drafts))).toEqual([]);
      expect(collect(loadReport(online$(), whenFailed, api, drafts)).length).toBe(1);
    });
  });

  describe('autosaveWhenTypingPauses', () => {
    // The debounce reads the time as well as waiting for it.
    beforeEach(() => jasmine.clock().install().mockDate(new Date('2026-11-29T10:00:00Z')));
    afterEach(() => jasmine.clock().uninstall());

    it('asks for a save two seconds after the last keystroke, not before', () => {
      const actions = new Subject<Action>();
      const seen = collect(autosaveWhenTypingPauses(new Actions(actions)));
      const keystroke = ReportEditorActions.entryChanged({
        actionCode: '1.1',
        patch: { narrative: text('a') },
      });

      actions.next(keystroke);
      jasmine.clock().tick(1500);
      actions.next(keystroke);
      jasmine.clock().tick(1999);
      expect(seen).toEqual([]);

      jasmine.clock().tick(1);
      expect(seen).toEqual([AutosaveActions.typingPaused()]);
    });
  });

  describe('saveReport', () => {
    const trigger = () => new Actions(of(ReportPageActions.saveClicked()));

    it('sends the changed entries with the version they were based on', () => {
      const report = aReport({ version: 5 });
      const api = { save: jasmine.createSpy('save').and.returnValue(of(report)) };

      const result = collect(
        saveReport(trigger(), fakeStore([[selectPendingSave, pendingSave()]]), api, online, clock),
      );

      expect(api.save).toHaveBeenCalledOnceWith(KEY, pendingSave().body);
      expect(result).toEqual([
        ReportsApiActions.saveStarted({ sent: pendingSave().sent }),
        ReportsApiActions.saveSucceeded({
          report,
          sent: pendingSave().sent,
          at: '2026-11-29T10:00:00.000Z',
        }),
      ]);
    });

    it('sends nothing when nothing changed', () => {
      const api = { save: jasmine.createSpy('save') };

      expect(
        collect(saveReport(trigger(), fakeStore([[selectPendingSave, null]]), api, online, clock)),
      ).toEqual([]);
      expect(api.save).not.toHaveBeenCalled();
    });

    it('keeps the edits on this device without trying when the browser is offline', () => {
      const api = { save: jasmine.createSpy('save') };

      const result = collect(
        saveReport(
          trigger(),
          fakeStore([[selectPendingSave, pendingSave()]]),
          api,
          { isOnline: () => false },
          clock,
        ),
      );

      expect(api.save).not.toHaveBeenCalled();
      expect(result).toEqual([
        ReportsApiActions.saveFailed({ error: apiError({ status: 0, code: 'network_error' }) }),
      ]);
    });

    it('brings the current report along on 409 stale_version', () => {
      const current = aReport({ version: 6 });
      const api = {
        save: () =>
          throwError(() =>
            httpError(409, {
              code: 'stale_version',
              details: { currentVersion: 6, report: current },
            }),
          ),
      };

      const result = collect(
        saveReport(trigger(), fakeStore([[selectPendingSave, pendingSave()]]), api, online, clock),
      );

      expect(result[1]).toEqual(
        ReportsApiActions.saveConflicted({ report: current, sent: pendingSave().sent }),
      );
    });

    it('reports a lost connection as a network error', () => {
      const api = { save: () => throwError(() => httpError(0)) };

      const result = collect(
        saveReport(trigger(), fakeStore([[selectPendingSave, pendingSave()]]), api, online, clock),
      );

      expect(result[1]).toEqual(
        ReportsApiActions.saveFailed({ error: apiError({ status: 0, code: 'network_error' }) }),
      );
    });

    it('never has two saves in flight: the next one waits, then sends what is pending by then', () => {
      const actions = new Subject<Action>();
      const first = new Subject<ReturnType<typeof aReport>>();
      const pending = new BehaviorSubject<PendingSave | null>(pendingSave(4));
      const api = {
        save: jasmine.createSpy('save').and.returnValues(first, of(aReport({ version: 6 }))),
      };
      const seen = collect(
        saveReport(
          new Actions(actions),
          fakeStore([[selectPendingSave, pending]]),
          api,
          online,
          clock,
        ),
      );

      actions.next(AutosaveActions.typingPaused());
      actions.next(ReportPageActions.fieldBlurred());
      expect(api.save).toHaveBeenCalledTimes(1);

      pending.next(pendingSave(5));
      first.next(aReport({ version: 5 }));
      first.complete();

      expect(api.save).toHaveBeenCalledTimes(2);
      expect(api.save.calls.mostRecent().args[1]).toEqual(pendingSave(5).body);
      expect(seen.map((action) => action.type)).toEqual([
        ReportsApiActions.saveStarted.type,
        ReportsApiActions.saveSucceeded.type,
        ReportsApiActions.saveStarted.type,
        ReportsApiActions.saveSucceeded.type,
      ]);
    });
  });

  describe('retryOfflineSave', () => {
    beforeEach(() => jasmine.clock().install());
    afterEach(() => jasmine.clock().uninstall());

    it('tries a save that found the service briefly unavailable (503) again after 15 seconds', () => {
      const actions = new Subject<Action>();
      const seen = collect(retryOfflineSave(new Actions(actions)));

      actions.next(
        ReportsApiActions.saveFailed({
          error: { status: 503, code: 'database_unavailable', message: '', details: [] },
        }),
      );
      jasmine.clock().tick(15_000);
      expect(seen).toEqual([AutosaveActions.retryDue()]);
    });

    it('does not try again a save the server refused (400)', () => {
      const actions = new Subject<Action>();
      const seen = collect(retryOfflineSave(new Actions(actions)));

      actions.next(
        ReportsApiActions.saveFailed({
          error: { status: 400, code: 'validation_failed', message: '', details: [] },
        }),
      );
      jasmine.clock().tick(60_000);
      expect(seen).toEqual([]);
    });

    it('tries a save that could not reach the server again after 15 seconds', () => {
      const actions = new Subject<Action>();
      const seen = collect(retryOfflineSave(new Actions(actions)));

      actions.next(
        ReportsApiActions.saveFailed({
          error: { status: 0, code: 'network_error', message: '', details: [] },
        }),
      );
      jasmine.clock().tick(14_999);
      expect(seen).toEqual([]);
      jasmine.clock().tick(1);
      expect(seen).toEqual([AutosaveActions.retryDue()]);
    });

    it('does not retry what the server refused', () => {
      const actions = new Subject<Action>();
      const seen = collect(retryOfflineSave(new Actions(actions)));

      actions.next(
        ReportsApiActions.saveFailed({
          error: { status: 400, code: 'validation_failed', message: '', details: [] },
        }),
      );
      jasmine.clock().tick(60_000);
      expect(seen).toEqual([]);
    });
  });

  describe('keepEditsOnDevice', () => {
    const key = { ...KEY, userId: FOCAL_POINT.id };
    const edits = applyPatch({}, anEntry('1.3'), { narrative: text('Offline words') });

    it('writes the unconfirmed edits after every change', () => {
      const drafts = { write: jasmine.createSpy('write'), clear: jasmine.createSpy('clear') };
      const store = fakeStore([[selectDraftToStore, { key, version: 4, edits }]]);

      collect(
        keepEditsOnDevice(
          new Actions(
            of(
              ReportEditorActions.entryChanged({
                actionCode: '1.3',
                patch: { narrative: text('Offline words') },
              }),
            ),
          ),
          store,
          drafts,
          clock,
        ),
      );

      expect(drafts.write).toHaveBeenCalledOnceWith(key, {
        version: 4,
        savedAt: '2026-11-29T10:00:00.000Z',
        edits,
      });
    });

    it('forgets them once the server has them all', () => {
      const drafts = { write: jasmine.createSpy('write'), clear: jasmine.createSpy('clear') };
      const store = fakeStore([[selectDraftToStore, { key, version: 5, edits: {} }]]);
      const saved = ReportsApiActions.saveSucceeded({ report: aReport(), sent: {}, at: '' });

      collect(keepEditsOnDevice(new Actions(of(saved)), store, drafts, clock));

      expect(drafts.clear).toHaveBeenCalledOnceWith(key);
      expect(drafts.write).not.toHaveBeenCalled();
    });

    it('touches nothing before the report is there (the kept edits are not yet restored)', () => {
      const drafts = { write: jasmine.createSpy('write'), clear: jasmine.createSpy('clear') };

      collect(
        keepEditsOnDevice(
          new Actions(of(ReportPageActions.localEditsDiscarded())),
          fakeStore([[selectDraftToStore, null]]),
          drafts,
          clock,
        ),
      );

      expect(drafts.write).not.toHaveBeenCalled();
      expect(drafts.clear).not.toHaveBeenCalled();
    });
  });

  describe('uploadFile', () => {
    const upload = {
      id: 'u1',
      actionCode: '1.1',
      fileName: 'Закон 2026.pdf',
      size: 1000,
      contentType: 'application/pdf',
    };
    const chosen = () => new Actions(of(ReportEditorActions.fileChosen({ upload })));
    const file = new File(['%PDF-1.7'], 'Закон 2026.pdf', { type: 'application/pdf' });
    const store = fakeStore([[selectReportKey, KEY]]);

    it('tells how far the file has gone, then takes the report in its new version', () => {
      const report = aReport({ version: 5 });
      const events: HttpEvent<UploadAnswer>[] = [
        { type: HttpEventType.UploadProgress, loaded: 500, total: 1000 },
        new HttpResponse({
          body: {
            file: {
              id: 'f1',
              fileName: 'Закон 2026.pdf',
              contentType: 'application/pdf',
              size: 1000,
              uploadedAt: '',
            },
            report,
          },
        }),
      ];
      const api = { upload: jasmine.createSpy('upload').and.returnValue(of(...events)) };

      const result = collect(uploadFile(chosen(), store, api, { take: () => file }));

      expect(api.upload).toHaveBeenCalledOnceWith(
        KEY,
        '1.1',
        file,
        'Закон 2026.pdf',
        'application/pdf',
      );
      expect(result).toEqual([
        ReportsApiActions.uploadProgressed({ id: 'u1', percent: 50 }),
        ReportsApiActions.uploadSucceeded({ id: 'u1', report }),
      ]);
    });

    it('says why the server refused the file', () => {
      const api = { upload: () => throwError(() => httpError(413, { code: 'file_too_large' })) };

      expect(collect(uploadFile(chosen(), store, api, { take: () => file }))).toEqual([
        ReportsApiActions.uploadFailed({ id: 'u1', problem: 'too_large' }),
      ]);
    });
  });

  describe('submitReport', () => {
    const confirmed = () => new Actions(of(ReportPageActions.submitConfirmed()));

    it('submits once the last edits are saved', () => {
      const readiness = new BehaviorSubject<string>('waiting');
      const submitted = aReport({ status: 'submitted', editable: false, version: 6 });
      const api = { submit: jasmine.createSpy('submit').and.returnValue(of(submitted)) };
      const store = fakeStore([
        [selectSubmitReadiness, readiness],
        [selectReportKey, KEY],
      ]);

      const seen = collect(submitReport(confirmed(), store, api));
      expect(api.submit).not.toHaveBeenCalled();

      readiness.next('ready');
      expect(api.submit).toHaveBeenCalledOnceWith(KEY);
      expect(seen).toEqual([
        ReportsApiActions.transitionSucceeded({ report: submitted, transition: 'submit' }),
      ]);
    });

    it('lists per action what is missing on 422', () => {
      const api = {
        submit: () =>
          throwError(() =>
            httpError(422, {
              code: 'report_incomplete',
              details: [
                {
                  path: 'entries.2',
                  message: 'needs participation',
                  actionCode: '1.3',
                  missing: ['participation'],
                },
              ],
            }),
          ),
      };
      const store = fakeStore([
        [selectSubmitReadiness, 'ready'],
        [selectReportKey, KEY],
      ]);

      expect(collect(submitReport(confirmed(), store, api))).toEqual([
        ReportsApiActions.submitRefused({
          problems: [{ actionCode: '1.3', missing: ['participation'] }],
        }),
      ]);
    });

    it('does not submit while the last edits cannot be saved', () => {
      const api = { submit: jasmine.createSpy('submit').and.returnValue(NEVER) };
      const store = fakeStore([
        [selectSubmitReadiness, 'blocked'],
        [selectReportKey, KEY],
      ]);

      const [result] = collect(submitReport(confirmed(), store, api));

      expect(api.submit).not.toHaveBeenCalled();
      expect(result).toEqual(
        ReportsApiActions.transitionFailed({ error: apiError({ code: 'unsaved_changes' }) }),
      );
    });
  });

  describe('reviewReport', () => {
    it('returns the report with the comments the Secretariat wrote', () => {
      const returned = aReport({ status: 'returned' });
      const api = {
        returnForRevision: jasmine.createSpy('return').and.returnValue(of(returned)),
        approve: jasmine.createSpy('approve'),
        reopen: jasmine.createSpy('reopen'),
      };
      const body = {
        comment: 'Add the 2026 figures.',
        entryComments: [{ actionCode: '1.1', comment: 'Which agencies?' }],
      };

      const result = collect(
        reviewReport(
          new Actions(of(ReviewPageActions.returnSubmitted({ body }))),
          fakeStore([[selectReportKey, KEY]]),
          api,
        ),
      );

      expect(api.returnForRevision).toHaveBeenCalledOnceWith(KEY, body);
      expect(result).toEqual([
        ReportsApiActions.transitionSucceeded({ report: returned, transition: 'return' }),
      ]);
    });

    it('reports a move the status no longer allows', () => {
      const api = {
        returnForRevision: jasmine.createSpy('return'),
        approve: () => throwError(() => httpError(409, { code: 'transition_not_allowed' })),
        reopen: jasmine.createSpy('reopen'),
      };

      const [result] = collect(
        reviewReport(
          new Actions(of(ReviewPageActions.approveConfirmed())),
          fakeStore([[selectReportKey, KEY]]),
          api,
        ),
      );

      expect(result).toEqual(
        ReportsApiActions.transitionFailed({ error: apiError({ code: 'transition_not_allowed' }) }),
      );
    });
  });
});
