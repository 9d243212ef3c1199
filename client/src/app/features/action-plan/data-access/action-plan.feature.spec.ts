import type { ApiError } from '../../../core/http';
import {
  ActionDialogActions,
  ActionPlanApiActions,
  ActionPlanPageActions,
  AreaDialogActions,
  ImportApiActions,
  ImportPageActions,
  OverviewPageActions,
} from './action-plan.actions';
import {
  type ActionPlanState,
  actionPlanFeature,
  initialActionPlanState,
  selectIsStale,
  selectPlanView,
  selectPlanVersion,
} from './action-plan.feature';
import { planFixture } from './testing/plan-fixture';

const { reducer } = actionPlanFeature;

const stale: ApiError = {
  status: 409,
  code: 'stale_version',
  message: 'The action plan was changed since you loaded it.',
  details: [],
};

function loaded(version = 3): ActionPlanState {
  return reducer(
    initialActionPlanState,
    ActionPlanApiActions.planLoaded({ plan: planFixture(version) }),
  );
}

describe('actionPlanFeature', () => {
  describe('reducer', () => {
    it('starts loading when a page that shows the plan opens', () => {
      for (const action of [
        ActionPlanPageActions.opened(),
        OverviewPageActions.opened(),
        OverviewPageActions.retryClicked(),
        ActionPlanPageActions.reloadClicked(),
      ]) {
        expect(reducer(initialActionPlanState, action).status)
          .withContext(action.type)
          .toBe('loading');
      }
    });

    it('holds the plan exactly as returned, with its version', () => {
      const plan = planFixture(7);
      const state = reducer(initialActionPlanState, ActionPlanApiActions.planLoaded({ plan }));

      expect(state.plan).toBe(plan);
      expect(state.status).toBe('loaded');
    });

    it('keeps the error of a failed load, and the plan it had', () => {
      const error: ApiError = { status: 0, code: 'network_error', message: 'offline', details: [] };
      const state = reducer(loaded(), ActionPlanApiActions.planLoadFailed({ error }));

      expect(state.status).toBe('failed');
      expect(state.error).toEqual(error);
      expect(state.plan?.version).toBe(3);
    });

    it('is saving while an edit is on its way, and takes the new plan when it is saved', () => {
      const saving = reducer(
        loaded(),
        ActionDialogActions.renameSubmitted({
          actionCode: '1.1',
          version: 3,
          title: { en: 'New', ru: 'Новое' },
        }),
      );
      const saved = reducer(saving, ActionPlanApiActions.actionSaved({ plan: planFixture(4) }));

      expect(saving.saveStatus).toBe('saving');
      expect(saved.saveStatus).toBe('saved');
      expect(saved.plan?.version).toBe(4);
    });

    it('forgets the last edit when a dialog opens', () => {
      const failed = reducer(loaded(), ActionPlanApiActions.editFailed({ error: stale }));

      for (const action of [AreaDialogActions.opened(), ActionDialogActions.opened()]) {
        const state = reducer(failed, action);
        expect(state.saveStatus).withContext(action.type).toBe('idle');
        expect(state.saveError).withContext(action.type).toBeNull();
      }
    });

    describe('when an action is moved', () => {
      const order = ['1.2', '1.1', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9'];
      const moved = reducer(
        loaded(),
        ActionPlanPageActions.actionMoved({ areaCode: '1', actionCodes: order, version: 3 }),
      );

      it('shows the new order at once, keeping the plan as returned', () => {
        expect(moved.pendingOrder).toEqual({ areaCode: '1', actionCodes: order });
        expect(moved.plan?.areas[0]!.actions[0]!.code).toBe('1.1');
        expect(moved.saveStatus).toBe('saving');
      });

      it('springs back when the server refuses it', () => {
        const refused = reducer(moved, ActionPlanApiActions.editFailed({ error: stale }));

        expect(refused.pendingOrder).toBeNull();
        expect(refused.saveStatus).toBe('failed');
        expect(refused.saveError).toEqual(stale);
      });

      it('gives way to the saved plan when the server confirms it', () => {
        const confirmed = reducer(
          moved,
          ActionPlanApiActions.actionsReordered({ plan: planFixture(4) }),
        );

        expect(confirmed.pendingOrder).toBeNull();
        expect(confirmed.plan?.version).toBe(4);
      });
    });

    it('clears a stale edit once the plan is reloaded', () => {
      const refused = reducer(loaded(), ActionPlanApiActions.editFailed({ error: stale }));
      const reloaded = reducer(refused, ActionPlanApiActions.planLoaded({ plan: planFixture(5) }));

      expect(reloaded.saveError).toBeNull();
      expect(reloaded.saveStatus).toBe('idle');
      expect(reloaded.plan?.version).toBe(5);
    });

    it('takes the imported plan and says so until the notice is dismissed', () => {
      const imported = reducer(loaded(), ImportApiActions.importApplied({ plan: planFixture(4) }));
      const dismissed = reducer(imported, ActionPlanPageActions.noticeDismissed());

      expect(imported.plan?.version).toBe(4);
      expect(imported.notice).toBe('imported');
      expect(dismissed.notice).toBeNull();
    });

    it('reloads the plan when the import page opens, for the titles it shows', () => {
      expect(reducer(loaded(), ImportPageActions.opened()).status).toBe('loading');
    });

    it('changes nothing in place', () => {
      const before = loaded();
      const copy = structuredClone(before);
      reducer(
        before,
        ActionPlanPageActions.actionMoved({ areaCode: '1', actionCodes: [], version: 3 }),
      );

      expect(before).toEqual(copy);
    });
  });

  describe('selectors', () => {
    it('selectPlanVersion gives the version to send back, or null', () => {
      expect(selectPlanVersion.projector(planFixture(9))).toBe(9);
      expect(selectPlanVersion.projector(null)).toBeNull();
    });

    it('selectIsStale is true only for 409 stale_version', () => {
      expect(selectIsStale.projector(stale)).toBeTrue();
      expect(selectIsStale.projector({ ...stale, code: 'area_full' })).toBeFalse();
      expect(selectIsStale.projector(null)).toBeFalse();
    });

    it('selectPlanView gives the plan in the active language', () => {
      const view = selectPlanView.projector(planFixture(), 'ru');

      expect(view?.areas.map((area) => area.code)).toEqual(['1', '2', '3', '4', '5', '6']);
      expect(view?.areas[3]!.title).toBe('Интеграция законно проживающих мигрантов');
      expect(view?.activeCount).toBe(53);
    });
  });
});
