import { HttpErrorResponse } from '@angular/common/http';
import { type Observable, Subject, firstValueFrom, of, throwError } from 'rxjs';

import type { ApiError } from '../../../core/http';
import { actionsOf, collect } from '../../../../testing/fixtures';
import {
  CycleDetailPageActions,
  CycleDialogActions,
  CyclesApiActions,
  CyclesPageActions,
  DeadlineDialogActions,
  StateReminderPageActions,
} from './cycles.actions';
import type { LateReminders, StateReminder } from './cycles.api';
import {
  changeCycleStatus,
  createCycle,
  extendDeadline,
  loadCycle,
  loadCycleSummaries,
  loadCycles,
  loadReference,
  loadReviewList,
  reloadAfterConflict,
  reloadReminderAfterRefusal,
  loadReminder,
  remindOverdueStates,
  sendReminder,
  tellStatusChangeFailures,
} from './cycles.effects';
import {
  CLOSED_CYCLE,
  CYCLES,
  OPEN_CYCLE,
  PLANNED_CYCLE,
  REGIONS,
  REVIEW_ROWS,
  STATES,
} from './testing/cycles-fixture';

const apiError = (expected: Partial<ApiError>): ApiError =>
  jasmine.objectContaining(expected) as unknown as ApiError;

const failing = (status: number, code = 'x'): (() => Observable<never>) => {
  return () =>
    throwError(
      () =>
        new HttpErrorResponse({
          status,
          error: { error: { code, message: `${code} happened`, details: [] } },
        }),
    );
};

describe('cycles effects', () => {
  describe('the list', () => {
    it('loads the cycles when the page opens', async () => {
      const result = await firstValueFrom(
        loadCycles(actionsOf(CyclesPageActions.opened()), { cycles: () => of(CYCLES) }),
      );

      expect(result).toEqual(CyclesApiActions.cyclesLoaded({ cycles: CYCLES }));
    });

    it('reports a failed load', async () => {
      const result = await firstValueFrom(
        loadCycles(actionsOf(CyclesPageActions.opened()), { cycles: failing(500) }),
      );

      expect(result).toEqual(
        CyclesApiActions.cyclesLoadFailed({ error: apiError({ status: 500 }) }),
      );
    });

    it('fetches the review list of each cycle that has opened, and says which one failed', () => {
      const reviewList = jasmine
        .createSpy('reviewList')
        .and.callFake((id: string) =>
          id === CLOSED_CYCLE.id ? failing(403, 'forbidden')() : of(REVIEW_ROWS),
        );

      const results = collect(
        loadCycleSummaries(
          actionsOf(CyclesApiActions.cyclesLoaded({ cycles: CYCLES })),
          { reviewList },
          of('secretariat' as const),
        ),
      );

      expect(reviewList.calls.allArgs()).toEqual([[OPEN_CYCLE.id], [CLOSED_CYCLE.id]]);
      expect(reviewList).not.toHaveBeenCalledWith(PLANNED_CYCLE.id);
      expect(results).toEqual([
        CyclesApiActions.reviewListLoaded({ cycleId: OPEN_CYCLE.id, rows: REVIEW_ROWS }),
        CyclesApiActions.reviewListLoadFailed({
          cycleId: CLOSED_CYCLE.id,
          error: apiError({ status: 403, code: 'forbidden' }),
        }),
      ]);
    });

    it('asks for only a few review lists at once', () => {
      const answers = new Map<string, Subject<typeof REVIEW_ROWS>>();
      const many = Array.from({ length: 6 }, (_, index) => ({
        ...OPEN_CYCLE,
        id: `cycle-${index}`,
      }));
      const api = {
        reviewList: (id: string) => {
          const answer = new Subject<typeof REVIEW_ROWS>();
          answers.set(id, answer);
          return answer;
        },
      };

      loadCycleSummaries(
        actionsOf(CyclesApiActions.cyclesLoaded({ cycles: many })),
        api,
        of('evaluator' as const),
      ).subscribe();
      const before = answers.size;
      answers.get('cycle-0')?.next(REVIEW_ROWS);
      answers.get('cycle-0')?.complete();

      expect(before).toBe(3);
      expect(answers.size).toBe(4);
    });

    it('fetches no review list for an administrator, who may not read reports', () => {
      const reviewList = jasmine.createSpy('reviewList');

      const results = collect(
        loadCycleSummaries(
          actionsOf(CyclesApiActions.cyclesLoaded({ cycles: CYCLES })),
          { reviewList },
          of('admin' as const),
        ),
      );

      expect(results).toEqual([]);
      expect(reviewList).not.toHaveBeenCalled();
    });
  });

  describe("a cycle's page", () => {
    const opened = CycleDetailPageActions.opened({ cycleId: OPEN_CYCLE.id });

    it('loads the cycle, its review list and the names of states and regions', async () => {
      const api = {
        cycle: jasmine.createSpy('cycle').and.returnValue(of(OPEN_CYCLE)),
        reviewList: jasmine.createSpy('reviewList').and.returnValue(of(REVIEW_ROWS)),
        states: () => of(STATES),
        regions: () => of(REGIONS),
      };

      expect(await firstValueFrom(loadCycle(actionsOf(opened), api))).toEqual(
        CyclesApiActions.cycleLoaded({ cycle: OPEN_CYCLE }),
      );
      expect(
        await firstValueFrom(loadReviewList(actionsOf(opened), api, of('focal_point' as const))),
      ).toEqual(CyclesApiActions.reviewListLoaded({ cycleId: OPEN_CYCLE.id, rows: REVIEW_ROWS }));
      expect(await firstValueFrom(loadReference(actionsOf(opened), api))).toEqual(
        CyclesApiActions.referenceLoaded({ states: STATES, regions: REGIONS }),
      );
      expect(api.cycle).toHaveBeenCalledOnceWith(OPEN_CYCLE.id);
    });

    it('names the cycle that could not be loaded', async () => {
      const result = await firstValueFrom(
        loadCycle(actionsOf(opened), { cycle: failing(404, 'not_found') }),
      );

      expect(result).toEqual(
        CyclesApiActions.cycleLoadFailed({
          cycleId: OPEN_CYCLE.id,
          error: apiError({ status: 404, code: 'not_found' }),
        }),
      );
    });

    it('fetches the rows again after a deadline extension', async () => {
      const api = { reviewList: jasmine.createSpy('reviewList').and.returnValue(of(REVIEW_ROWS)) };

      await firstValueFrom(
        loadReviewList(
          actionsOf(CyclesApiActions.deadlineExtended({ cycle: OPEN_CYCLE })),
          api,
          of('secretariat' as const),
        ),
      );

      expect(api.reviewList).toHaveBeenCalledOnceWith(OPEN_CYCLE.id);
    });

    it('reports names that could not be loaded', async () => {
      const result = await firstValueFrom(
        loadReference(actionsOf(opened), { states: () => of(STATES), regions: failing(500) }),
      );

      expect(result).toEqual(
        CyclesApiActions.referenceLoadFailed({ error: apiError({ status: 500 }) }),
      );
    });
  });

  describe('changes by the Secretariat', () => {
    it('creates a cycle', async () => {
      const input = {
        name: PLANNED_CYCLE.name,
        periodFrom: '2027-01-01',
        periodTo: '2027-12-31',
        opensAt: '2027-10-01',
        deadline: '2027-12-01',
      };
      const api = { create: jasmine.createSpy('create').and.returnValue(of(PLANNED_CYCLE)) };

      const result = await firstValueFrom(
        createCycle(actionsOf(CycleDialogActions.createSubmitted({ cycle: input })), api),
      );

      expect(api.create).toHaveBeenCalledOnceWith(input);
      expect(result).toEqual(CyclesApiActions.cycleCreated({ cycle: PLANNED_CYCLE }));
    });

    it('keeps the field problems of a refused cycle for the dialog', async () => {
      const api = {
        create: () =>
          throwError(
            () =>
              new HttpErrorResponse({
                status: 400,
                error: {
                  error: {
                    code: 'validation_failed',
                    message: 'The request is not valid.',
                    details: [{ path: 'deadline', message: 'must not be before the opening date' }],
                  },
                },
              }),
          ),
      };

      const result = await firstValueFrom(
        createCycle(
          actionsOf(CycleDialogActions.createSubmitted({ cycle: { ...PLANNED_CYCLE } })),
          api,
        ),
      );

      expect(result).toEqual(
        CyclesApiActions.cycleCreateFailed({
          error: apiError({
            status: 400,
            details: [{ path: 'deadline', message: 'must not be before the opening date' }],
          }),
        }),
      );
    });

    it('opens, closes and reopens a cycle', async () => {
      const closed = { ...OPEN_CYCLE, status: 'closed' as const };
      const api = { changeStatus: jasmine.createSpy('changeStatus').and.returnValue(of(closed)) };

      const result = await firstValueFrom(
        changeCycleStatus(
          actionsOf(
            CycleDetailPageActions.statusChangeConfirmed({
              cycleId: OPEN_CYCLE.id,
              status: 'closed',
            }),
          ),
          api,
        ),
      );

      expect(api.changeStatus).toHaveBeenCalledOnceWith(OPEN_CYCLE.id, 'closed');
      expect(result).toEqual(CyclesApiActions.cycleStatusChanged({ cycle: closed }));
    });

    it('extends a deadline, and reports a refusal', async () => {
      const extension = { stateCode: 'KZ', deadline: '2026-12-24' };
      const submitted = DeadlineDialogActions.submitted({ cycleId: OPEN_CYCLE.id, extension });
      const api = {
        extendDeadline: jasmine.createSpy('extendDeadline').and.returnValue(of(OPEN_CYCLE)),
      };

      expect(await firstValueFrom(extendDeadline(actionsOf(submitted), api))).toEqual(
        CyclesApiActions.deadlineExtended({ cycle: OPEN_CYCLE }),
      );
      expect(api.extendDeadline).toHaveBeenCalledOnceWith(OPEN_CYCLE.id, extension);
      expect(
        await firstValueFrom(
          extendDeadline(actionsOf(submitted), { extendDeadline: failing(400) }),
        ),
      ).toEqual(CyclesApiActions.deadlineExtensionFailed({ error: apiError({ status: 400 }) }));
    });
  });

  describe('a refused status change', () => {
    const refused = (status: number, code: string) =>
      CyclesApiActions.cycleStatusChangeFailed({
        cycleId: OPEN_CYCLE.id,
        error: { status, code, message: 'x', details: [] },
      });

    it('is told in the snackbar, in words that fit the reason', () => {
      const notifier = { notify: jasmine.createSpy('notify').and.resolveTo() };

      collect(
        tellStatusChangeFailures(
          actionsOf(
            refused(409, 'transition_not_allowed'),
            refused(409, 'cycle_changed'),
            refused(404, 'not_found'),
            refused(500, 'internal'),
          ),
          notifier,
        ),
      );

      expect(notifier.notify.calls.allArgs()).toEqual([
        ['cycles.errors.transitionRefused'],
        ['cycles.errors.changedMeanwhile'],
        ['cycles.errors.notFound'],
      ]);
    });

    it('after a conflict, shows the cycle as it now is', () => {
      const api = { cycle: jasmine.createSpy('cycle').and.returnValue(of(CLOSED_CYCLE)) };

      const results = collect(
        reloadAfterConflict(
          actionsOf(refused(409, 'cycle_changed'), refused(500, 'internal')),
          api,
        ),
      );

      expect(results).toEqual([CyclesApiActions.cycleLoaded({ cycle: CLOSED_CYCLE })]);
      expect(api.cycle).toHaveBeenCalledOnceWith(OPEN_CYCLE.id);
    });
  });

  describe('reminders (the not-started page)', () => {
    const reminder: StateReminder = {
      stateCode: 'CZ',
      reportStatus: 'not_started',
      deadline: '2026-12-08',
      lastRemindedAt: null,
      lastRemindedBy: null,
      recipients: 2,
      canRemind: true,
    };
    const opened = StateReminderPageActions.opened({ cycleId: OPEN_CYCLE.id, stateCode: 'CZ' });
    const clicked = StateReminderPageActions.remindClicked({
      cycleId: OPEN_CYCLE.id,
      stateCode: 'CZ',
    });

    it('loads the cycle, the names and the rows with the state’s reminders', async () => {
      const asked: string[] = [];
      const cycle = await firstValueFrom(
        loadCycle(actionsOf(opened), {
          cycle: (id) => (asked.push(id), of(OPEN_CYCLE)),
        }),
      );
      const loaded = await firstValueFrom(
        loadReminder(actionsOf(opened), {
          reminder: (id, state) => (asked.push(`${id}/${state}`), of(reminder)),
        }),
      );

      expect(cycle).toEqual(CyclesApiActions.cycleLoaded({ cycle: OPEN_CYCLE }));
      expect(loaded).toEqual(CyclesApiActions.reminderLoaded({ reminder }));
      expect(asked).toEqual([OPEN_CYCLE.id, `${OPEN_CYCLE.id}/CZ`]);
    });

    it('sends a reminder once however often it is clicked while on its way', () => {
      const answer = new Subject<StateReminder>();
      let calls = 0;
      const results = collect(
        sendReminder(actionsOf(clicked, clicked), {
          remind: () => (calls++, answer),
        }),
      );
      const sent = { ...reminder, canRemind: false, lastRemindedBy: 'secretariat' as const };
      answer.next(sent);
      answer.complete();

      expect(calls).toBe(1);
      expect(results).toEqual([CyclesApiActions.reminderSent({ reminder: sent })]);
    });

    it('after a refusal (a colleague reminded meanwhile) shows the facts as they now are', async () => {
      const refused = await firstValueFrom(
        sendReminder(actionsOf(clicked), { remind: failing(409, 'recently_reminded') }),
      );
      expect(refused).toEqual(
        CyclesApiActions.reminderSendFailed({
          cycleId: OPEN_CYCLE.id,
          stateCode: 'CZ',
          error: apiError({ status: 409, code: 'recently_reminded' }),
        }),
      );

      const reloaded = await firstValueFrom(
        reloadReminderAfterRefusal(actionsOf(refused), { reminder: () => of(reminder) }),
      );
      expect(reloaded).toEqual(CyclesApiActions.reminderLoaded({ reminder }));
    });
  });

  describe('reminding overdue states', () => {
    const confirmed = CycleDetailPageActions.remindOverdueConfirmed({ cycleId: OPEN_CYCLE.id });

    it('sends once however often it is confirmed while on its way, and passes on what it did', () => {
      const answer = new Subject<LateReminders>();
      let calls = 0;
      const results = collect(
        remindOverdueStates(actionsOf(confirmed, confirmed), {
          remindOverdue: () => (calls++, answer),
        }),
      );
      const result: LateReminders = {
        reminded: ['CZ'],
        skipped: [{ stateCode: 'UZ', reason: 'no_recipients' }],
      };
      answer.next(result);
      answer.complete();

      expect(calls).toBe(1);
      expect(results).toEqual([
        CyclesApiActions.overdueReminded({ cycleId: OPEN_CYCLE.id, result }),
      ]);
    });

    it('passes on a refusal with its code', async () => {
      const refused = await firstValueFrom(
        remindOverdueStates(actionsOf(confirmed), {
          remindOverdue: failing(409, 'cycle_not_open'),
        }),
      );
      expect(refused).toEqual(
        CyclesApiActions.overdueRemindFailed({
          cycleId: OPEN_CYCLE.id,
          error: apiError({ status: 409, code: 'cycle_not_open' }),
        }),
      );
    });
  });
});
