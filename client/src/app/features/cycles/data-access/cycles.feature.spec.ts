import { anApiError } from '../../../../testing/fixtures';
import {
  CycleDetailPageActions,
  CycleDialogActions,
  CyclesApiActions,
  CyclesPageActions,
  DeadlineDialogActions,
} from './cycles.actions';
import {
  type CyclesState,
  cyclesFeature,
  initialCyclesState,
  selectCurrentCycle,
  selectCycleCards,
  selectIsReviewFiltered,
  selectReviewRows,
  selectReviewSummary,
  selectStateGroups,
} from './cycles.feature';
import { NO_REVIEW_FILTER, toReviewRowViews } from './review-rows';
import {
  CLOSED_CYCLE,
  CYCLES,
  OPEN_CYCLE,
  PLANNED_CYCLE,
  REGIONS,
  REVIEW_ROWS,
  STATES,
} from './testing/cycles-fixture';

const { reducer } = cyclesFeature;

function reduce(...actions: Parameters<typeof reducer>[1][]): CyclesState {
  return actions.reduce(reducer, initialCyclesState);
}

describe('cyclesFeature', () => {
  describe('reducer', () => {
    describe('when the list loads', () => {
      const loaded = reduce(
        CyclesPageActions.opened(),
        CyclesApiActions.cyclesLoaded({ cycles: [CLOSED_CYCLE, PLANNED_CYCLE, OPEN_CYCLE] }),
      );

      it('holds the cycles newest period first', () => {
        expect(loaded.status).toBe('loaded');
        expect(loaded.ids).toEqual([PLANNED_CYCLE.id, OPEN_CYCLE.id, CLOSED_CYCLE.id]);
      });

      it('expects the review lists of the cycles that have opened, not of planned ones', () => {
        expect(loaded.reviews[OPEN_CYCLE.id].status).toBe('loading');
        expect(loaded.reviews[CLOSED_CYCLE.id].status).toBe('loading');
        expect(loaded.reviews[PLANNED_CYCLE.id]).toBeUndefined();
      });

      it('keeps the failure of the list to show it', () => {
        const error = anApiError({ status: 500, code: 'internal' });
        const failed = reducer(loaded, CyclesApiActions.cyclesLoadFailed({ error }));

        expect(failed.status).toBe('failed');
        expect(failed.error).toBe(error);
        expect(failed.ids.length).toBe(3);
      });
    });

    describe("on a cycle's page", () => {
      const opened = reduce(
        CycleDetailPageActions.opened({ cycleId: OPEN_CYCLE.id }),
        CyclesApiActions.cycleLoaded({ cycle: OPEN_CYCLE }),
        CyclesApiActions.reviewListLoaded({ cycleId: OPEN_CYCLE.id, rows: REVIEW_ROWS }),
      );

      it('holds the cycle and its rows', () => {
        expect(opened.currentId).toBe(OPEN_CYCLE.id);
        expect(opened.currentStatus).toBe('loaded');
        expect(opened.reviews[OPEN_CYCLE.id]).toEqual({
          status: 'loaded',
          rows: REVIEW_ROWS,
          error: null,
        });
      });

      it('keeps the filter for the same cycle and clears it for another', () => {
        const filter = { ...NO_REVIEW_FILTER, lateOnly: true };
        const filtered = reducer(opened, CycleDetailPageActions.filterChanged({ filter }));

        expect(
          reducer(filtered, CycleDetailPageActions.opened({ cycleId: OPEN_CYCLE.id })).filter,
        ).toBe(filter);
        expect(
          reducer(filtered, CycleDetailPageActions.opened({ cycleId: CLOSED_CYCLE.id })).filter,
        ).toBe(NO_REVIEW_FILTER);
      });

      it('shows a cycle that cannot be loaded as failed, ignoring late answers for another', () => {
        const error = anApiError({ status: 404, code: 'not_found' });

        expect(
          reducer(opened, CyclesApiActions.cycleLoadFailed({ cycleId: OPEN_CYCLE.id, error }))
            .currentStatus,
        ).toBe('failed');
        expect(reducer(opened, CyclesApiActions.cycleLoadFailed({ cycleId: 'other', error }))).toBe(
          opened,
        );
      });

      it('marks a status change as saving, then takes the changed cycle', () => {
        const saving = reducer(
          opened,
          CycleDetailPageActions.statusChangeConfirmed({
            cycleId: OPEN_CYCLE.id,
            status: 'closed',
          }),
        );
        const closed = reducer(
          saving,
          CyclesApiActions.cycleStatusChanged({ cycle: { ...OPEN_CYCLE, status: 'closed' } }),
        );

        expect(saving.statusChange).toBe('saving');
        expect(closed.statusChange).toBe('saved');
        expect(closed.entities[OPEN_CYCLE.id]?.status).toBe('closed');
      });

      it('leaves the cycle as it was when the change is refused', () => {
        const refused = reduce(
          CycleDetailPageActions.opened({ cycleId: OPEN_CYCLE.id }),
          CyclesApiActions.cycleLoaded({ cycle: OPEN_CYCLE }),
          CycleDetailPageActions.statusChangeConfirmed({
            cycleId: OPEN_CYCLE.id,
            status: 'closed',
          }),
          CyclesApiActions.cycleStatusChangeFailed({
            cycleId: OPEN_CYCLE.id,
            error: anApiError({ status: 409, code: 'transition_not_allowed' }),
          }),
        );

        expect(refused.statusChange).toBe('failed');
        expect(refused.entities[OPEN_CYCLE.id]?.status).toBe('open');
      });

      it('takes the extended cycle and fetches its rows again', () => {
        const extended = {
          ...OPEN_CYCLE,
          deadlineExtensions: [{ stateCode: 'CZ', deadline: '2026-12-31' }],
        };
        const saving = reducer(
          opened,
          DeadlineDialogActions.submitted({
            cycleId: OPEN_CYCLE.id,
            extension: { stateCode: 'CZ', deadline: '2026-12-31' },
          }),
        );
        const saved = reducer(saving, CyclesApiActions.deadlineExtended({ cycle: extended }));

        expect(saving.dialogStatus).toBe('saving');
        expect(saved.dialogStatus).toBe('saved');
        expect(saved.entities[OPEN_CYCLE.id]).toEqual(extended);
        expect(saved.reviews[OPEN_CYCLE.id].status).toBe('loading');
        expect(saved.reviews[OPEN_CYCLE.id].rows).toBe(REVIEW_ROWS);
      });
    });

    describe('the new-cycle dialog', () => {
      it('starts clean, saves, and adds the created cycle in its place', () => {
        const failed = reduce(
          CyclesApiActions.cyclesLoaded({ cycles: [OPEN_CYCLE, CLOSED_CYCLE] }),
          CycleDialogActions.createSubmitted({ cycle: { ...PLANNED_CYCLE } }),
          CyclesApiActions.cycleCreateFailed({ error: anApiError() }),
        );
        const reopened = reducer(failed, CycleDialogActions.opened());
        const created = reducer(
          reducer(reopened, CycleDialogActions.createSubmitted({ cycle: { ...PLANNED_CYCLE } })),
          CyclesApiActions.cycleCreated({ cycle: PLANNED_CYCLE }),
        );

        expect(failed.dialogStatus).toBe('failed');
        expect(reopened.dialogStatus).toBe('idle');
        expect(reopened.dialogError).toBeNull();
        expect(created.dialogStatus).toBe('saved');
        expect(created.ids).toEqual([PLANNED_CYCLE.id, OPEN_CYCLE.id, CLOSED_CYCLE.id]);
      });
    });

    it('keeps names it has when they cannot be fetched again', () => {
      const named = reduce(CyclesApiActions.referenceLoaded({ states: STATES, regions: REGIONS }));
      const failed = reducer(
        reducer(named, CyclesPageActions.opened()),
        CyclesApiActions.referenceLoadFailed({ error: anApiError({ status: 0 }) }),
      );

      expect(failed.referenceStatus).toBe('loaded');
      expect(failed.states).toBe(STATES);
    });
  });

  describe('selectors', () => {
    const reviews = {
      [OPEN_CYCLE.id]: { status: 'loaded' as const, rows: REVIEW_ROWS, error: null },
      [CLOSED_CYCLE.id]: { status: 'loading' as const, rows: [], error: null },
    };

    describe('selectCycleCards', () => {
      it('gives the Secretariat the counts of each cycle whose list has loaded', () => {
        const cards = selectCycleCards.projector(CYCLES, reviews, null, 'en');

        expect(cards.map((card) => card.name)).toEqual([
          '2027 annual report',
          '2026 annual report',
          '2025 annual report',
        ]);
        expect(cards[1].summary?.counts.submitted).toBe(1);
        expect(cards[1].summary?.late).toBe(2);
        expect(cards[2].summary).toBeNull();
        expect(cards[0].expected).toBe(5);
        expect(cards.every((card) => card.own === null)).toBeTrue();
      });

      it("gives a state's people their own report instead, in their language", () => {
        const [, open] = selectCycleCards.projector(CYCLES, reviews, 'KZ', 'ru');

        expect(open.name).toBe('Ежегодный отчёт за 2026 год');
        expect(open.summary).toBeNull();
        expect(open.own).toEqual({
          stateCode: 'KZ',
          status: 'draft',
          percent: 39,
          deadline: '2026-12-20',
          extended: true,
          late: false,
        });
      });
    });

    it('selects the cycle whose page is open', () => {
      const entities = { [OPEN_CYCLE.id]: OPEN_CYCLE };

      expect(selectCurrentCycle.projector(entities, OPEN_CYCLE.id)).toBe(OPEN_CYCLE);
      expect(selectCurrentCycle.projector(entities, null)).toBeNull();
      expect(selectCurrentCycle.projector(entities, 'unknown')).toBeNull();
    });

    it('filters and sorts the rows of the review list', () => {
      const views = toReviewRowViews(REVIEW_ROWS, OPEN_CYCLE, STATES, REGIONS, 'en');
      const rows = selectReviewRows.projector(
        views,
        { ...NO_REVIEW_FILTER, region: 'EU' },
        { column: 'status', direction: 'desc' },
        STATES,
        'en',
      );

      expect(rows.map((row) => [row.stateName, row.status])).toEqual([
        ['Austria', 'approved'],
        ['Czechia', 'not_started'],
      ]);
    });

    it('counts the whole list, whatever the filter', () => {
      expect(
        selectReviewSummary.projector({ status: 'loaded', rows: REVIEW_ROWS, error: null }),
      ).toEqual(jasmine.objectContaining({ expected: 5, late: 2 }));
      expect(selectReviewSummary.projector(null).expected).toBe(0);
    });

    it('knows when any filter is set', () => {
      expect(selectIsReviewFiltered.projector(NO_REVIEW_FILTER)).toBeFalse();
      expect(selectIsReviewFiltered.projector({ ...NO_REVIEW_FILTER, lateOnly: true })).toBeTrue();
      expect(selectIsReviewFiltered.projector({ ...NO_REVIEW_FILTER, text: ' ' })).toBeFalse();
      expect(selectIsReviewFiltered.projector({ ...NO_REVIEW_FILTER, status: 'draft' })).toBeTrue();
    });

    it('groups the active states by region for the new-cycle dialog', () => {
      expect(selectStateGroups.projector(STATES, REGIONS, 'ru')).toEqual([
        {
          region: 'EU',
          regionName: 'Государства — члены ЕС',
          states: [
            { code: 'AT', name: 'Австрия' },
            { code: 'CZ', name: 'Чехия' },
          ],
        },
        {
          region: 'EAP',
          regionName: 'Восточное партнёрство',
          states: [{ code: 'AM', name: 'Армения' }],
        },
        {
          region: 'CA',
          regionName: 'Центральная Азия',
          states: [
            { code: 'KZ', name: 'Казахстан' },
            { code: 'UZ', name: 'Узбекистан' },
          ],
        },
      ]);
    });
  });
});
