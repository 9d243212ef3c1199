import { Actions } from '@ngrx/effects';
import type { Store } from '@ngrx/store';
import { of, throwError } from 'rxjs';

import { collect, httpError } from '../../../../testing/fixtures';
import { ReportsApiActions, ReviewPageActions } from './report.actions';
import { selectMaySeeWorkings, selectReportKey } from './report.feature';
import { ReportWorkingsActions, WorkingsApiActions } from './workings.actions';
import { addComment, compareRevisions, loadComments } from './workings.effects';
import { initialWorkingsState, reportWorkingsFeature, selectThreads } from './workings.feature';
import { KEY, aComment, aContext, aReport } from './testing/report-fixture';

function fakeStore(answers: [unknown, unknown][]): Store {
  const map = new Map(answers);
  return { select: (selector: unknown) => of(map.get(selector)) } as unknown as Store;
}

const loaded = ReportsApiActions.reportLoaded({
  key: KEY,
  report: aReport(),
  context: aContext(),
  draft: null,
});

describe('report workings', () => {
  describe('reducer', () => {
    const { reducer } = reportWorkingsFeature;

    it('keeps each thread oldest first, a new message at its end', () => {
      const older = aComment({ id: 'c1', at: '2026-11-21T09:00:00.000Z' });
      const newer = aComment({
        id: 'c2',
        at: '2026-11-22T09:00:00.000Z',
        author: { id: 'u2', name: 'Aigerim', role: 'focal_point' },
      });
      const other = aComment({ id: 'c3', actionCode: '2.1' });
      let state = reducer(initialWorkingsState, ReviewPageActions.opened({ key: KEY }));
      state = reducer(state, WorkingsApiActions.commentsLoaded({ comments: [newer, other] }));
      state = reducer(state, WorkingsApiActions.commentAdded({ comment: older }));

      expect(selectThreads.projector([older, newer, other])).toEqual({
        '1.1': [older, newer],
        '2.1': [other],
      });
      // By time: 21 Nov 09:00, 21 Nov 09:30, 22 Nov.
      expect(state.comments.ids).toEqual(['c1', 'c3', 'c2']);
      expect(state.status.changes).toBe('loading');
    });

    it('remembers which thread a message is on its way to, and a failure', () => {
      let state = reducer(
        initialWorkingsState,
        ReportWorkingsActions.commentSubmitted({ actionCode: '1.1', text: 'Hello', lang: 'en' }),
      );
      expect(state.sendingCommentFor).toBe('1.1');

      state = reducer(
        state,
        WorkingsApiActions.commentFailed({
          actionCode: '1.1',
          error: { status: 0, code: 'network_error', message: '', details: [] },
        }),
      );
      expect(state.sendingCommentFor).toBeNull();
      expect(state.commentError?.actionCode).toBe('1.1');
    });
  });

  describe('effects', () => {
    it('reads the threads once the report is there, for those who may see them', () => {
      const api = { comments: jasmine.createSpy('comments').and.returnValue(of([aComment()])) };

      expect(
        collect(
          loadComments(
            new Actions(of(loaded)),
            fakeStore([[selectMaySeeWorkings, true]]),
            api as never,
          ),
        ),
      ).toEqual([WorkingsApiActions.commentsLoaded({ comments: [aComment()] })]);
      expect(api.comments).toHaveBeenCalledOnceWith(KEY);
    });

    it('asks nothing for an evaluator, who reads approved results only', () => {
      const api = { comments: jasmine.createSpy('comments') };

      expect(
        collect(
          loadComments(
            new Actions(of(loaded)),
            fakeStore([[selectMaySeeWorkings, false]]),
            api as never,
          ),
        ),
      ).toEqual([WorkingsApiActions.commentsLoaded({ comments: [] })]);
      expect(api.comments).not.toHaveBeenCalled();
    });

    it('compares the older revision with the newer, whichever was picked first', () => {
      const comparison = { from: {}, to: {}, entries: [] };
      const api = { compare: jasmine.createSpy('compare').and.returnValue(of(comparison)) };

      collect(
        compareRevisions(
          new Actions(of(ReportWorkingsActions.revisionsCompared({ from: 7, to: 3 }))),
          fakeStore([[selectReportKey, KEY]]),
          api as never,
        ),
      );

      expect(api.compare).toHaveBeenCalledOnceWith(KEY, 3, 7);
    });

    it("posts a message to the entry's thread and reports a failure as plain data", () => {
      const submitted = ReportWorkingsActions.commentSubmitted({
        actionCode: '1.1',
        text: 'Где закон?',
        lang: 'ru',
      });
      const api = {
        addComment: jasmine
          .createSpy('addComment')
          .and.returnValue(of(aComment({ text: 'Где закон?', lang: 'ru' }))),
      };

      expect(
        collect(addComment(new Actions(of(submitted)), fakeStore([[selectReportKey, KEY]]), api)),
      ).toEqual([
        WorkingsApiActions.commentAdded({ comment: aComment({ text: 'Где закон?', lang: 'ru' }) }),
      ]);
      expect(api.addComment).toHaveBeenCalledOnceWith(KEY, {
        actionCode: '1.1',
        text: 'Где закон?',
        lang: 'ru',
      });

      const failing = { addComment: () => throwError(() => httpError(0)) };
      const [failure] = collect(
        addComment(new Actions(of(submitted)), fakeStore([[selectReportKey, KEY]]), failing),
      );
      expect(failure.type).toBe(WorkingsApiActions.commentFailed.type);
    });
  });
});
