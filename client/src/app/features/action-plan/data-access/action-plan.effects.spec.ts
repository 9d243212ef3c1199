import { HttpErrorResponse } from '@angular/common/http';
import type { Action } from '@ngrx/store';
import type { ActionPlanView } from '@ppm/shared';
import type { ApiError } from '../../../core/http';
import { type Observable, Subject, firstValueFrom, of, throwError } from 'rxjs';

import {
  ActionDialogActions,
  ActionPlanApiActions,
  ActionPlanPageActions,
  AreaDialogActions,
  OverviewPageActions,
} from './action-plan.actions';
import type { ActionPlanApi } from './action-plan.api';
import { addAction, loadPlan, reorderActions, saveAction, saveArea } from './action-plan.effects';
import { planFixture } from './testing/plan-fixture';

/** Matches an `ApiError` by the fields given. */
const apiError = (expected: Partial<ApiError>): ApiError =>
  jasmine.objectContaining(expected) as unknown as ApiError;

const staleAnswer = () =>
  throwError(
    () =>
      new HttpErrorResponse({
        status: 409,
        error: {
          error: {
            code: 'stale_version',
            message: 'The action plan was changed since you loaded it.',
            details: { currentVersion: 4 },
          },
        },
      }),
  );

describe('action plan effects', () => {
  describe('loadPlan', () => {
    for (const trigger of [
      ActionPlanPageActions.opened(),
      ActionPlanPageActions.reloadClicked(),
      OverviewPageActions.opened(),
      OverviewPageActions.retryClicked(),
    ]) {
      it(`reads the plan on "${trigger.type}"`, async () => {
        const plan = planFixture();
        const api = { get: jasmine.createSpy('get').and.returnValue(of(plan)) };

        const result = await firstValueFrom(loadPlan(of(trigger), api));

        expect(result).toEqual(ActionPlanApiActions.planLoaded({ plan }));
      });
    }

    it('reports a failure as plain data', async () => {
      const api = {
        get: () => throwError(() => new HttpErrorResponse({ status: 0, statusText: 'offline' })),
      };

      const result = await firstValueFrom(loadPlan(of(OverviewPageActions.opened()), api));

      expect(result).toEqual(
        ActionPlanApiActions.planLoadFailed({
          error: apiError({ status: 0, code: 'network_error' }),
        }),
      );
    });
  });

  describe('saveArea', () => {
    const submitted = AreaDialogActions.submitted({
      areaCode: '2',
      version: 3,
      changes: { title: { en: 'Return', ru: 'Возвращение' } },
    });

    it('sends the change with the version it was based on and takes the new plan', async () => {
      const plan = planFixture(4);
      const api = { updateArea: jasmine.createSpy('updateArea').and.returnValue(of(plan)) };

      const result = await firstValueFrom(saveArea(of(submitted), api));

      expect(api.updateArea).toHaveBeenCalledOnceWith('2', 3, {
        title: { en: 'Return', ru: 'Возвращение' },
      });
      expect(result).toEqual(ActionPlanApiActions.areaSaved({ plan }));
    });

    describe('when someone else changed the plan first', () => {
      it('reports 409 stale_version, never retrying with a newer version', async () => {
        const api = { updateArea: jasmine.createSpy('updateArea').and.callFake(staleAnswer) };

        const result = await firstValueFrom(saveArea(of(submitted), api));

        expect(api.updateArea).toHaveBeenCalledTimes(1);
        expect(result).toEqual(
          ActionPlanApiActions.editFailed({
            error: apiError({ status: 409, code: 'stale_version' }),
          }),
        );
      });
    });

    it('puts the server field errors into the failure', async () => {
      const api = {
        updateArea: () =>
          throwError(
            () =>
              new HttpErrorResponse({
                status: 400,
                error: {
                  error: {
                    code: 'validation_failed',
                    message: 'The request is not valid.',
                    details: [{ path: 'title.ru', message: 'must not be empty' }],
                  },
                },
              }),
          ),
      };

      const result = await firstValueFrom(saveArea(of(submitted), api));

      expect(result).toEqual(
        ActionPlanApiActions.editFailed({
          error: apiError({
            details: [{ path: 'title.ru', message: 'must not be empty' }],
          }),
        }),
      );
    });
  });

  describe('addAction', () => {
    it('adds the action to the area and takes the new plan', async () => {
      const plan = planFixture(4);
      const api = { addAction: jasmine.createSpy('addAction').and.returnValue(of(plan)) };
      const title = { en: 'Share data', ru: 'Обмен данными' };

      const result = await firstValueFrom(
        addAction(of(ActionDialogActions.addSubmitted({ areaCode: '4', version: 3, title })), api),
      );

      expect(api.addAction).toHaveBeenCalledOnceWith('4', 3, title);
      expect(result).toEqual(ActionPlanApiActions.actionAdded({ plan }));
    });
  });

  describe('saveAction', () => {
    const calls = (trigger: Action) => {
      const api = {
        updateAction: jasmine.createSpy('updateAction').and.returnValue(of(planFixture(4))),
      };
      return { api, result: firstValueFrom(saveAction(of(trigger), api)) };
    };

    it('renames with the new title', async () => {
      const title = { en: 'New', ru: 'Новое' };
      const { api, result } = calls(
        ActionDialogActions.renameSubmitted({ actionCode: '1.2', version: 3, title }),
      );

      expect(await result).toEqual(ActionPlanApiActions.actionSaved({ plan: planFixture(4) }));
      expect(api.updateAction).toHaveBeenCalledOnceWith('1.2', 3, { title });
    });

    it('retires with retired: true', async () => {
      const { api, result } = calls(
        ActionPlanPageActions.retireConfirmed({ actionCode: '1.2', version: 3 }),
      );
      await result;

      expect(api.updateAction).toHaveBeenCalledOnceWith('1.2', 3, { retired: true });
    });

    it('restores with retired: false', async () => {
      const { api, result } = calls(
        ActionPlanPageActions.restoreConfirmed({ actionCode: '1.2', version: 3 }),
      );
      await result;

      expect(api.updateAction).toHaveBeenCalledOnceWith('1.2', 3, { retired: false });
    });

    it('reports a stale version', async () => {
      const api = { updateAction: staleAnswer };

      const result = await firstValueFrom(
        saveAction(
          of(ActionPlanPageActions.retireConfirmed({ actionCode: '1.2', version: 3 })),
          api,
        ),
      );

      expect(result).toEqual(
        ActionPlanApiActions.editFailed({
          error: apiError({ code: 'stale_version' }),
        }),
      );
    });
  });

  describe('reorderActions', () => {
    it('sends every code of the area in the new order', async () => {
      const codes = ['1.2', '1.1', '1.3'];
      const api = {
        reorderActions: jasmine.createSpy('reorderActions').and.returnValue(of(planFixture(4))),
      };

      const result = await firstValueFrom(
        reorderActions(
          of(ActionPlanPageActions.actionMoved({ areaCode: '1', actionCodes: codes, version: 3 })),
          api,
        ),
      );

      expect(api.reorderActions).toHaveBeenCalledOnceWith('1', 3, codes);
      expect(result).toEqual(ActionPlanApiActions.actionsReordered({ plan: planFixture(4) }));
    });

    it('saves one reorder after the other, in the order they were made', () => {
      const answers = [new Subject<ActionPlanView>(), new Subject<ActionPlanView>()];
      const started: string[][] = [];
      const api: Pick<ActionPlanApi, 'reorderActions'> = {
        reorderActions: (_area, _version, codes): Observable<ActionPlanView> => {
          started.push([...codes]);
          return answers[started.length - 1];
        },
      };
      const actions$ = new Subject<Action>();
      const results: Action[] = [];
      reorderActions(actions$, api).subscribe((action) => results.push(action));

      actions$.next(
        ActionPlanPageActions.actionMoved({ areaCode: '1', actionCodes: ['a'], version: 3 }),
      );
      actions$.next(
        ActionPlanPageActions.actionMoved({ areaCode: '1', actionCodes: ['b'], version: 3 }),
      );

      expect(started).toEqual([['a']]);
      answers[0].next(planFixture(4));
      answers[0].complete();
      expect(started).toEqual([['a'], ['b']]);
      expect(results.length).toBe(1);
    });
  });
});
