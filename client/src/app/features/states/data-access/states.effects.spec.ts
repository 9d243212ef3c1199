import { HttpErrorResponse } from '@angular/common/http';
import { firstValueFrom, of, throwError } from 'rxjs';

import type { ApiError } from '../../../core/http';
import { RegionDialogActions, StatesApiActions, StatesPageActions } from './states.actions';
import {
  createRegion,
  loadRegions,
  loadStates,
  renameRegion,
  saveState,
  tellStateSaveFailures,
} from './states.effects';
import { REGIONS, STATES } from './testing/states-fixture';

const apiError = (expected: Partial<ApiError>): ApiError =>
  jasmine.objectContaining(expected) as unknown as ApiError;

describe('states effects', () => {
  it('loads the states and the regions when the page opens', async () => {
    const opened = of(StatesPageActions.opened());

    expect(await firstValueFrom(loadStates(opened, { states: () => of(STATES) }))).toEqual(
      StatesApiActions.statesLoaded({ states: STATES }),
    );
    expect(await firstValueFrom(loadRegions(opened, { regions: () => of(REGIONS) }))).toEqual(
      StatesApiActions.regionsLoaded({ regions: REGIONS }),
    );
  });

  it('reports a failed load', async () => {
    const api = { states: () => throwError(() => new HttpErrorResponse({ status: 500 })) };

    expect(await firstValueFrom(loadStates(of(StatesPageActions.opened()), api))).toEqual(
      StatesApiActions.statesLoadFailed({ error: apiError({ status: 500 }) }),
    );
  });

  describe('saveState', () => {
    it('sends only what changed: active, or region', async () => {
      const api = { updateState: jasmine.createSpy('updateState').and.returnValue(of(STATES[1])) };

      await firstValueFrom(
        saveState(of(StatesPageActions.activeChangeConfirmed({ code: 'AT', active: false })), api),
      );
      await firstValueFrom(
        saveState(of(StatesPageActions.regionChosen({ code: 'AT', region: 'CA' })), api),
      );

      expect(api.updateState.calls.allArgs()).toEqual([
        ['AT', { active: false }],
        ['AT', { region: 'CA' }],
      ]);
    });

    it('names the state whose change failed', async () => {
      const api = { updateState: () => throwError(() => new HttpErrorResponse({ status: 404 })) };

      const result = await firstValueFrom(
        saveState(of(StatesPageActions.activeChangeConfirmed({ code: 'XX', active: true })), api),
      );

      expect(result).toEqual(
        StatesApiActions.stateSaveFailed({ code: 'XX', error: apiError({ status: 404 }) }),
      );
    });
  });

  it('tells about a refused row change in the snackbar', async () => {
    const notifier = { notify: jasmine.createSpy('notify').and.resolveTo() };
    const failure = StatesApiActions.stateSaveFailed({
      code: 'XX',
      error: { status: 404, code: 'not_found', message: 'x', details: [] },
    });

    await firstValueFrom(tellStateSaveFailures(of(failure), notifier));

    expect(notifier.notify).toHaveBeenCalledOnceWith('states.errors.notFound', { code: 'XX' });
  });

  describe('regions', () => {
    const mena = { code: 'MENA', name: { en: 'Middle East', ru: 'Ближний Восток' } };

    it('creates a region', async () => {
      const api = { createRegion: jasmine.createSpy('createRegion').and.returnValue(of(mena)) };

      const result = await firstValueFrom(
        createRegion(of(RegionDialogActions.createSubmitted({ region: mena })), api),
      );

      expect(api.createRegion).toHaveBeenCalledOnceWith(mena);
      expect(result).toEqual(StatesApiActions.regionCreated({ region: mena }));
    });

    it('reports a code that is taken', async () => {
      const api = {
        createRegion: () =>
          throwError(
            () =>
              new HttpErrorResponse({
                status: 409,
                error: {
                  error: {
                    code: 'duplicate',
                    message: 'There is already a region EU.',
                    details: { fields: ['code'] },
                  },
                },
              }),
          ),
      };

      const result = await firstValueFrom(
        createRegion(of(RegionDialogActions.createSubmitted({ region: mena })), api),
      );

      expect(result).toEqual(
        StatesApiActions.regionSaveFailed({ error: apiError({ status: 409, code: 'duplicate' }) }),
      );
    });

    it('renames a region', async () => {
      const api = { renameRegion: jasmine.createSpy('renameRegion').and.returnValue(of(mena)) };

      await firstValueFrom(
        renameRegion(
          of(RegionDialogActions.renameSubmitted({ code: 'MENA', name: mena.name })),
          api,
        ),
      );

      expect(api.renameRegion).toHaveBeenCalledOnceWith('MENA', mena.name);
    });
  });
});
