import { anApiError } from '../../../../testing/fixtures';
import { AnalyticsApiActions, AnalyticsPageActions } from './analytics.actions';
import {
  type AnalyticsState,
  analyticsFeature,
  initialAnalyticsState,
  selectBasis,
  selectCycleId,
  selectFigure,
  selectMissingRequests,
} from './analytics.feature';
import { NO_QUERY } from './analytics-query';
import type { FigureRequest } from './figure-requests';
import { BY_AREA_2025, CYCLES, SUBMISSIONS_2025 } from './testing/analytics-fixture';

const reduce = analyticsFeature.reducer;

const request = (slot: FigureRequest['slot'], key: string): FigureRequest => ({
  slot,
  path: key.split('?')[0] ?? key,
  params: {},
  key,
});

describe('analyticsFeature', () => {
  describe('reducer', () => {
    it('keeps the page and filters of the opened address', () => {
      const query = { ...NO_QUERY, cycleId: 'c2025' };
      const state = reduce(
        initialAnalyticsState,
        AnalyticsPageActions.opened({ page: 'coverage', query }),
      );
      expect(state.page).toBe('coverage');
      expect(state.query).toBe(query);
      expect(state.cyclesStatus).toBe('loading');
    });

    it('marks requested figures as loading under their key', () => {
      const state = reduce(
        initialAnalyticsState,
        AnalyticsApiActions.figuresRequested({
          requests: [request('submissions', '/submissions?cycleId=a')],
        }),
      );
      expect(state.figures.submissions).toEqual({
        status: 'loading',
        key: '/submissions?cycleId=a',
        data: null,
        error: null,
      });
    });

    describe('when an answer arrives', () => {
      let requested: AnalyticsState;
      beforeEach(() => {
        requested = reduce(
          initialAnalyticsState,
          AnalyticsApiActions.figuresRequested({
            requests: [request('submissions', '/submissions?cycleId=b')],
          }),
        );
      });

      it('stores the answer of the request it waits for', () => {
        const state = reduce(
          requested,
          AnalyticsApiActions.figureLoaded({
            answer: { slot: 'submissions', key: '/submissions?cycleId=b', data: SUBMISSIONS_2025 },
          }),
        );
        expect(state.figures.submissions.status).toBe('loaded');
        expect(state.figures.submissions.data).toBe(SUBMISSIONS_2025);
      });

      it('ignores the late answer of an older request', () => {
        const state = reduce(
          requested,
          AnalyticsApiActions.figureLoaded({
            answer: { slot: 'submissions', key: '/submissions?cycleId=a', data: SUBMISSIONS_2025 },
          }),
        );
        expect(state).toBe(requested);
      });

      it('keeps a failure with its error', () => {
        const error = anApiError({ status: 403, code: 'forbidden' });
        const state = reduce(
          requested,
          AnalyticsApiActions.figureLoadFailed({
            slot: 'submissions',
            key: '/submissions?cycleId=b',
            error,
          }),
        );
        expect(state.figures.submissions).toEqual({
          status: 'failed',
          key: '/submissions?cycleId=b',
          data: null,
          error,
        });
      });
    });

    it('remembers a publication made here', () => {
      let state = reduce(
        initialAnalyticsState,
        AnalyticsPageActions.publicationConfirmed({ cycleId: 'c2024', published: true }),
      );
      expect(state.publication).toBe('saving');
      state = reduce(
        state,
        AnalyticsApiActions.publicationChanged({ cycleId: 'c2024', published: true }),
      );
      expect(state.publication).toBe('saved');
      expect(state.published).toEqual({ c2024: true });
    });
  });

  describe('selectors', () => {
    it('default to the latest cycle that has opened', () => {
      expect(selectCycleId.projector(NO_QUERY, CYCLES)).toBe('c2025');
      expect(selectCycleId.projector({ ...NO_QUERY, cycleId: 'c2024' }, CYCLES)).toBe('c2024');
    });

    it('show approved figures to whoever may not choose the basis', () => {
      const query = { ...NO_QUERY, basis: 'submitted' as const };
      expect(selectBasis.projector(query, false)).toBe('approved');
      expect(selectBasis.projector(query, true)).toBe('submitted');
    });

    it('fetch what is not held for the same request, and what failed', () => {
      const figures = {
        ...initialAnalyticsState.figures,
        submissions: { status: 'loaded' as const, key: 'k1', data: SUBMISSIONS_2025, error: null },
        progressByArea: { status: 'failed' as const, key: 'k2', data: null, error: anApiError() },
        progressByRegion: { status: 'loading' as const, key: 'k3', data: null, error: null },
      };
      const wanted = [
        request('submissions', 'k1'),
        request('progressByArea', 'k2'),
        request('progressByRegion', 'k3'),
        request('trend', 'k4'),
      ];
      expect(selectMissingRequests.projector(wanted, figures).map((one) => one.key)).toEqual([
        'k2',
        'k4',
      ]);
    });

    it('show a slot holding another request as loading', () => {
      const selectByArea = selectFigure('progressByArea');
      const figures = {
        ...initialAnalyticsState.figures,
        progressByArea: { status: 'loaded' as const, key: 'old', data: BY_AREA_2025, error: null },
      };
      expect(selectByArea.projector(figures, [request('progressByArea', 'new')]).status).toBe(
        'loading',
      );
      expect(selectByArea.projector(figures, [request('progressByArea', 'old')]).data).toBe(
        BY_AREA_2025,
      );
      expect(selectByArea.projector(figures, []).status).toBe('idle');
    });
  });
});
