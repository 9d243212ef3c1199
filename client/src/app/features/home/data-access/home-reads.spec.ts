import type { Action } from '@ngrx/store';
import { of, throwError } from 'rxjs';

import { FOCAL_POINT, aUser, collect, httpError } from '../../../../testing/fixtures';
import { HomeApiActions } from './home.actions';
import { type Reads, readsFor } from './home-reads';
import { aCycle, aReturnedReport, aRow } from './testing/home-fixture';

const OPEN = aCycle();
const CLOSED = aCycle({ id: 'c-2025', status: 'closed', deadline: '2025-12-15' });

/** An API whose every read answers; `calls` records which were made. */
function fakeApi(overrides: Partial<Reads> = {}): { api: Reads; calls: string[] } {
  const calls: string[] = [];
  const track =
    <T>(name: string, value: T) =>
    (...args: unknown[]) => {
      calls.push([name, ...args].join(' '));
      return of(value);
    };
  const api: Reads = {
    cycles: track('cycles', [OPEN, CLOSED]),
    states: track('states', []),
    reviewList: track('reviewList', [aRow({ stateCode: 'KZ', status: 'draft' })]),
    report: track('report', aReturnedReport()),
    submissions: track('submissions', { expected: 5 } as never),
    progressByArea: track('progressByArea', []),
    evaluations: track('evaluations', []),
    people: track('people', []),
    ...overrides,
  };
  return { api, calls };
}

const types = (actions: Action[]) => actions.map((action) => action.type);

describe('readsFor', () => {
  describe('for a focal point', () => {
    it('reads the cycles and its state’s row of the open cycle, and no report while it is a draft', () => {
      const { api, calls } = fakeApi();
      const actions = collect(readsFor(api, FOCAL_POINT));

      expect(calls).toEqual(['cycles', 'reviewList c-2026']);
      expect(types(actions)).toEqual([
        HomeApiActions.cyclesLoaded.type,
        HomeApiActions.reviewListLoaded.type,
      ]);
    });

    it('reads the returned report for the Secretariat’s comments', () => {
      const { api, calls } = fakeApi({
        reviewList: () => of([aRow({ stateCode: 'KZ', status: 'returned' })]),
      });
      const actions = collect(readsFor(api, FOCAL_POINT));

      expect(calls).toEqual(['cycles', 'report c-2026 KZ']);
      expect(actions.at(-1)).toEqual(HomeApiActions.ownReportLoaded({ report: aReturnedReport() }));
    });

    it('reads nothing more when no cycle is open', () => {
      const { api, calls } = fakeApi({ cycles: () => of([CLOSED]) });
      collect(readsFor(api, FOCAL_POINT));

      expect(calls).toEqual([]);
    });
  });

  describe('for the Secretariat', () => {
    it('reads states, the review list and both figures of the open cycle', () => {
      const { api, calls } = fakeApi();
      const actions = collect(readsFor(api, aUser({ role: 'secretariat' })));

      expect(calls.sort()).toEqual(
        [
          'cycles',
          'progressByArea c-2026',
          'reviewList c-2026',
          'states',
          'submissions c-2026',
        ].sort(),
      );
      expect(types(actions)).toContain(HomeApiActions.submissionsLoaded.type);
      expect(types(actions)).toContain(HomeApiActions.progressLoaded.type);
    });

    it('keeps the worklist when the analytics API answers 404', () => {
      const { api } = fakeApi({
        submissions: () => throwError(() => httpError(404, { code: 'not_found' })),
        progressByArea: () => throwError(() => httpError(404, { code: 'not_found' })),
      });
      const actions = collect(readsFor(api, aUser({ role: 'secretariat' })));

      expect(types(actions)).toContain(HomeApiActions.reviewListLoaded.type);
      expect(types(actions)).toContain(HomeApiActions.submissionsLoadFailed.type);
      expect(types(actions)).toContain(HomeApiActions.progressLoadFailed.type);
    });
  });

  describe('for an evaluator', () => {
    it('reads evaluations and the latest cycle’s review list, not the figures', () => {
      const { api, calls } = fakeApi();
      collect(readsFor(api, aUser({ role: 'evaluator' })));

      expect(calls.sort()).toEqual(['cycles', 'evaluations', 'reviewList c-2026', 'states'].sort());
    });
  });

  describe('for an admin', () => {
    it('reads the accounts only', () => {
      const { api, calls } = fakeApi();
      const actions = collect(readsFor(api, aUser({ role: 'admin' })));

      expect(calls).toEqual(['people']);
      expect(actions).toEqual([HomeApiActions.peopleLoaded({ people: [] })]);
    });
  });

  it('reports a failed cycles read as such', () => {
    const { api } = fakeApi({
      cycles: () => throwError(() => httpError(500, { code: 'internal' })),
    });
    const actions = collect(readsFor(api, FOCAL_POINT));

    expect(types(actions)).toEqual([HomeApiActions.cyclesLoadFailed.type]);
  });
});
