import type { ApiError } from '../../../core/http';
import {
  NO_STATES_FILTER,
  RegionDialogActions,
  StatesApiActions,
  StatesPageActions,
} from './states.actions';
import {
  initialStatesState,
  selectIsFiltered,
  statesFeature,
  toRegionViews,
  toStateRows,
} from './states.feature';
import { REGIONS, STATES } from './testing/states-fixture';

const { reducer } = statesFeature;

describe('statesFeature', () => {
  describe('reducer', () => {
    const loaded = reducer(
      reducer(initialStatesState, StatesApiActions.statesLoaded({ states: STATES })),
      StatesApiActions.regionsLoaded({ regions: REGIONS }),
    );

    it('holds the states by code, and the regions', () => {
      expect(loaded.ids).toEqual(['AM', 'AT', 'KZ', 'TR', 'UZ']);
      expect(loaded.status).toBe('loaded');
      expect(loaded.regions).toBe(REGIONS);
    });

    it('marks a state busy while its change is saved, and takes the saved state', () => {
      const busy = reducer(
        loaded,
        StatesPageActions.activeChangeConfirmed({ code: 'AT', active: false }),
      );
      const saved = reducer(
        busy,
        StatesApiActions.stateSaved({ state: { ...STATES[1], active: false } }),
      );

      expect(busy.busyCodes).toEqual(['AT']);
      expect(saved.busyCodes).toEqual([]);
      expect(saved.entities['AT']?.active).toBeFalse();
    });

    it('keeps the state as it was when its change fails', () => {
      const busy = reducer(loaded, StatesPageActions.regionChosen({ code: 'AM', region: 'CA' }));
      const error: ApiError = { status: 400, code: 'validation_failed', message: 'x', details: [] };
      const failed = reducer(busy, StatesApiActions.stateSaveFailed({ code: 'AM', error }));

      expect(failed.busyCodes).toEqual([]);
      expect(failed.entities['AM']?.region).toBe('EAP');
    });

    it('adds a created region at the end and renames one in place', () => {
      const mena = { code: 'MENA', name: { en: 'Middle East', ru: 'Ближний Восток' } };
      const created = reducer(loaded, StatesApiActions.regionCreated({ region: mena }));
      const renamed = reducer(
        created,
        StatesApiActions.regionRenamed({
          region: { code: 'CA', name: { en: 'Central Asia (5)', ru: 'ЦА' } },
        }),
      );

      expect(created.regions.map((region) => region.code)).toEqual([
        'EU',
        'EAP',
        'CA',
        'TR',
        'MENA',
      ]);
      expect(created.dialogStatus).toBe('saved');
      expect(renamed.regions[2].name.en).toBe('Central Asia (5)');
    });

    it('follows the region dialog from opening to failure', () => {
      const error: ApiError = {
        status: 409,
        code: 'duplicate',
        message: 'There is already a region EU.',
        details: [],
      };
      const opened = reducer(loaded, RegionDialogActions.opened());
      const saving = reducer(opened, RegionDialogActions.createSubmitted({ region: REGIONS[0] }));
      const failed = reducer(saving, StatesApiActions.regionSaveFailed({ error }));

      expect([opened.dialogStatus, saving.dialogStatus, failed.dialogStatus]).toEqual([
        'idle',
        'saving',
        'failed',
      ]);
      expect(failed.dialogError).toEqual(error);
    });
  });

  describe('toStateRows', () => {
    it('sorts by name in the active language, with the region named', () => {
      const rows = toStateRows(STATES, REGIONS, NO_STATES_FILTER, 'ru');

      expect(rows.map((row) => row.name)).toEqual([
        'Австрия',
        'Армения',
        'Казахстан',
        'Турция',
        'Узбекистан',
      ]);
      expect(rows[0]).toEqual({
        code: 'AT',
        name: 'Австрия',
        otherName: 'Austria',
        region: 'EU',
        regionName: 'Государства — члены ЕС',
        active: true,
        note: null,
      });
    });

    it('filters by region', () => {
      const rows = toStateRows(STATES, REGIONS, { region: 'CA', text: '' }, 'en');

      expect(rows.map((row) => row.code)).toEqual(['KZ', 'UZ']);
    });

    it('finds states by either name or code, ignoring case and accents', () => {
      const find = (text: string) =>
        toStateRows(STATES, REGIONS, { region: null, text }, 'en').map((row) => row.code);

      expect(find('turk')).toEqual(['TR']);
      expect(find('казах')).toEqual(['KZ']);
      expect(find(' at ')).toEqual(['AT']);
      expect(find('')).toEqual(['AM', 'AT', 'KZ', 'TR', 'UZ']);
    });
  });

  describe('toRegionViews', () => {
    it('counts the states of each region and the active ones among them', () => {
      const views = toRegionViews(REGIONS, STATES, 'en');

      expect(views.map((view) => [view.code, view.stateCount, view.activeCount])).toEqual([
        ['EU', 1, 1],
        ['EAP', 1, 1],
        ['CA', 2, 1],
        ['TR', 1, 1],
      ]);
      expect(views[1].otherName).toBe('Восточное партнёрство');
    });
  });

  it('selectIsFiltered tells whether any filter is set', () => {
    expect(selectIsFiltered.projector(NO_STATES_FILTER)).toBeFalse();
    expect(selectIsFiltered.projector({ region: null, text: '  ' })).toBeFalse();
    expect(selectIsFiltered.projector({ region: 'EU', text: '' })).toBeTrue();
  });
});
