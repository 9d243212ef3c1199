import {
  type CreateCycleInput,
  createCycleSchema,
  type Cycle,
  deadlineFor,
  isStateRole,
  type UpdateCycleInput,
  updateCycleSchema,
  type User,
} from '@ppm/shared';
import { AppError } from '../../platform/http/app-error.js';
import { recordAudit } from '../audit/audit.service.js';
import { messageFor } from '../notifications/messages.js';
import type { NotificationsService } from '../notifications/notifications.service.js';
import { stateTeam } from '../notifications/recipients.js';
import { announceOpening, claimOpening } from './cycle-opening.js';
import { canMoveCycle, cycleDateProblems } from './cycle-rules.js';
import { CycleModel, toCycleView, type StoredCycle } from './cycle.model.js';
import { allCycles, findCycle, findVisibleCycle, markCyclesChanged, writeCycle } from './cycle-store.js';
import { activeStates, knownStates, stateName } from './state-lookup.js';

export interface CyclesServiceDeps {
  notifications: NotificationsService;
  now?: () => Date;
}

/** Reporting cycles: the Secretariat creates, opens, closes and extends them; everyone reads. */
export class CyclesService {
  constructor(private readonly deps: CyclesServiceDeps) {}

  /** Newest period first; a state's people see only the cycles their state reports in. */
  async list(user: User): Promise<Cycle[]> {
    const cycles = await allCycles();
    const visible = isStateRole(user.role)
      ? cycles.filter((cycle) => cycle.expectedStates.includes(user.stateCode ?? ''))
      : cycles;
    return visible.map(toCycleView);
  }

  async get(user: User, id: string): Promise<Cycle> {
    return toCycleView(await findVisibleCycle(user, id));
  }

  /** A new cycle is planned; without `expectedStates` every active state is expected. */
  async create(actor: User, input: CreateCycleInput): Promise<Cycle> {
    const data = createCycleSchema.parse(input);
    const expectedStates = data.expectedStates ? await knownStates(data.expectedStates) : await activeStates();
    const now = this.now();
    const created = await CycleModel.create({
      name: data.name,
      periodFrom: data.periodFrom,
      periodTo: data.periodTo,
      opensAt: data.opensAt,
      deadline: data.deadline,
      expectedStates,
      status: 'planned',
      deadlineExtensions: [],
      revision: 1,
      createdAt: now,
      updatedAt: now,
    });
    await markCyclesChanged();
    const cycle = toCycleView(created.toObject<StoredCycle>());
    await recordAudit({ actor, action: 'cycle.created', entity: 'cycle', entityId: cycle.id, after: cycle });
    return cycle;
  }

  /**
   * Changes fields and/or the status (planned → open → closed, closed → open). Opening a planned
   * cycle tells the expected states' people; it also happens by itself on the opening day
   * (`openDueCycles`).
   */
  async update(actor: User, id: string, input: UpdateCycleInput): Promise<Cycle> {
    const data = updateCycleSchema.parse(input);
    const cycle = await findCycle(id);
    const { status, expectedStates, ...fields } = data;
    const dateProblems = cycleDateProblems({ ...cycle, ...fields });
    if (dateProblems.length > 0) throw AppError.badRequest('The dates of the cycle do not fit together.', dateProblems);
    if (status !== undefined && status !== cycle.status && !canMoveCycle(cycle.status, status)) {
      throw AppError.conflict('transition_not_allowed', `A ${cycle.status} cycle cannot become ${status}.`, {
        from: cycle.status,
        to: status,
      });
    }
    const changes = {
      ...fields,
      ...(expectedStates === undefined ? {} : { expectedStates: await knownStates(expectedStates) }),
      ...(status === undefined ? {} : { status }),
    };
    const updated = await writeCycle(cycle, changes, this.now());
    const before = toCycleView(cycle);
    const after = toCycleView(updated);
    await recordAudit({ actor, action: 'cycle.updated', entity: 'cycle', entityId: after.id, before, after });
    const opened = cycle.status === 'planned' && updated.status === 'open';
    if (opened && (await claimOpening(cycle._id, actor.id, this.now()))) {
      await announceOpening(updated, this.deps.notifications);
    }
    return after;
  }

  /** A later deadline for one expected state (replaces an earlier extension of that state). */
  async extendDeadline(actor: User, id: string, input: { stateCode: string; deadline: string }): Promise<Cycle> {
    const cycle = await findCycle(id);
    if (!cycle.expectedStates.includes(input.stateCode)) {
      throw AppError.badRequest('The request is not valid.', [
        { path: 'stateCode', message: `${input.stateCode} is not expected to report in this cycle` },
      ]);
    }
    if (input.deadline <= cycle.deadline) {
      throw AppError.badRequest('The request is not valid.', [
        { path: 'deadline', message: `must be after the deadline of the cycle (${cycle.deadline})` },
      ]);
    }
    const deadlineExtensions = [
      ...cycle.deadlineExtensions.filter((extension) => extension.stateCode !== input.stateCode),
      { stateCode: input.stateCode, deadline: input.deadline },
    ];
    const updated = await writeCycle(cycle, { deadlineExtensions }, this.now());
    const after = toCycleView(updated);
    await recordAudit({
      actor,
      action: 'cycle.deadline_extended',
      entity: 'cycle',
      entityId: after.id,
      before: { stateCode: input.stateCode, deadline: deadlineFor(cycle, input.stateCode) },
      after: input,
    });
    const state = await stateName(input.stateCode);
    await this.deps.notifications.notify(await stateTeam(input.stateCode), {
      type: 'deadline_extended',
      cycleId: after.id,
      stateCode: input.stateCode,
      text: messageFor('deadline_extended', { cycleName: cycle.name, stateName: state, deadline: input.deadline }),
    });
    return after;
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }
}
