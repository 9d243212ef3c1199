import { Actions } from '@ngrx/effects';
import type { Action } from '@ngrx/store';
import { Subject, of, throwError } from 'rxjs';

import { actionsOf, collect, httpError } from '../../../../testing/fixtures';
import { AnalyticsApiActions, AnalyticsPageActions } from './analytics.actions';
import type { AnalyticsApi } from './analytics.api';
import { changePublication, loadCycles, loadFigures, requestFigures } from './analytics.effects';
import { NO_QUERY } from './analytics-query';
import type { FigureRequest } from './figure-requests';
import { CYCLES, SUBMISSIONS_2024, SUBMISSIONS_2025 } from './testing/analytics-fixture';

const opened = AnalyticsPageActions.opened({ page: 'overview', query: NO_QUERY });

const request = (key: string): FigureRequest => ({
  slot: 'submissions',
  path: '/submissions',
  params: { cycleId: key },
  key,
});

describe('analytics effects', () => {
  describe('loadCycles', () => {
    it('fetches the cycles on the first visit', () => {
      const api = { cycles: jasmine.createSpy().and.returnValue(of(CYCLES)) };
      expect(collect(loadCycles(actionsOf(opened), api, of('idle')))).toEqual([
        AnalyticsApiActions.cyclesLoaded({ cycles: CYCLES }),
      ]);
    });

    it('does not fetch them again when another page opens', () => {
      const api = { cycles: jasmine.createSpy().and.returnValue(of(CYCLES)) };
      expect(collect(loadCycles(actionsOf(opened), api, of('loaded')))).toEqual([]);
      expect(api.cycles).not.toHaveBeenCalled();
    });

    it('fetches them again on a retry', () => {
      const api = { cycles: () => throwError(() => httpError(503)) };
      const [answer] = collect(
        loadCycles(actionsOf(AnalyticsPageActions.retryClicked()), api, of('loaded')),
      );
      expect(answer.type).toBe(AnalyticsApiActions.cyclesLoadFailed.type);
    });
  });

  describe('requestFigures', () => {
    it('asks for the answers the store lacks', () => {
      const missing = [request('a')];
      expect(collect(requestFigures(actionsOf(opened), of(missing)))).toEqual([
        AnalyticsApiActions.figuresRequested({ requests: missing }),
      ]);
    });

    it('stays quiet when everything is held already', () => {
      expect(collect(requestFigures(actionsOf(opened), of([])))).toEqual([]);
    });
  });

  describe('loadFigures', () => {
    it('answers each request under its slot and key', () => {
      const api = { figure: jasmine.createSpy().and.returnValue(of(SUBMISSIONS_2025)) };
      const emitted = collect(
        loadFigures(
          actionsOf(AnalyticsApiActions.figuresRequested({ requests: [request('a')] })),
          api,
        ),
      );
      expect(emitted).toEqual([
        AnalyticsApiActions.figureLoaded({
          answer: { slot: 'submissions', key: 'a', data: SUBMISSIONS_2025 },
        }),
      ]);
      expect(api.figure).toHaveBeenCalledWith(request('a'));
    });

    it('drops an older request of the same slot when a newer one comes', () => {
      const actions = new Subject<Action>();
      const first = new Subject<unknown>();
      const second = new Subject<unknown>();
      const api: Pick<AnalyticsApi, 'figure'> = {
        figure: <T>(one: FigureRequest) => (one.key === 'a' ? first : second) as Subject<T>,
      };
      const emitted = collect(loadFigures(new Actions(actions), api));
      actions.next(AnalyticsApiActions.figuresRequested({ requests: [request('a')] }));
      actions.next(AnalyticsApiActions.figuresRequested({ requests: [request('b')] }));
      first.next(SUBMISSIONS_2024);
      second.next(SUBMISSIONS_2025);
      expect(emitted).toEqual([
        AnalyticsApiActions.figureLoaded({
          answer: { slot: 'submissions', key: 'b', data: SUBMISSIONS_2025 },
        }),
      ]);
    });

    it('reports a refusal with its status', () => {
      const api = { figure: () => throwError(() => httpError(403, { code: 'forbidden' })) };
      const [failed] = collect(
        loadFigures(
          actionsOf(AnalyticsApiActions.figuresRequested({ requests: [request('a')] })),
          api,
        ),
      ) as ReturnType<typeof AnalyticsApiActions.figureLoadFailed>[];
      expect(failed.slot).toBe('submissions');
      expect(failed.key).toBe('a');
      expect(failed.error.status).toBe(403);
      expect(failed.error.code).toBe('forbidden');
    });
  });

  describe('changePublication', () => {
    const confirmed = AnalyticsPageActions.publicationConfirmed({
      cycleId: 'c2024',
      published: true,
    });

    it('publishes the cycle', () => {
      const api = { setPublication: jasmine.createSpy().and.returnValue(of({})) };
      expect(collect(changePublication(actionsOf(confirmed), api))).toEqual([
        AnalyticsApiActions.publicationChanged({ cycleId: 'c2024', published: true }),
      ]);
      expect(api.setPublication).toHaveBeenCalledWith('c2024', true);
    });

    it('keeps a refusal', () => {
      const api = {
        setPublication: () => throwError(() => httpError(409, { code: 'cycle_not_closed' })),
      };
      const [failed] = collect(changePublication(actionsOf(confirmed), api));
      expect(failed.type).toBe(AnalyticsApiActions.publicationChangeFailed.type);
    });
  });
});
