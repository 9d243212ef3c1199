import {
  type CreateReplyInput,
  createReplySchema,
  type Evaluation,
  type EvaluationReply,
  type HandleReplyInput,
  handleReplySchema,
  isStateRole,
  type OpenReplyWindow,
  type StatePassages,
  type User,
} from '@ppm/shared';
import mongoose from 'mongoose';
import { AppError } from '../../platform/http/app-error.js';
import { ReportModel } from '../reports/report.model.js';
import { loadApprovedTexts } from './evidence/approved-data.js';
import { quotesFrom } from './evidence/compute-evidence.js';
import { gatherEvidenceInput } from './evidence/evidence-input.js';
import { loadReference } from './evidence/report-reference.js';
import { computeEvidence } from './evidence/compute-evidence.js';
import { EvaluationReplyModel, type StoredReply } from './evaluation-reply.model.js';
import { EvaluationModel, type StoredEvaluation } from './evaluation.model.js';
import { assertVersion, findEvaluation, writeEvaluation } from './evaluation-store.js';
import { replyWindowOpen, toEvaluationView, toReplyWindowView } from './evaluation-view.js';
import { lastFinalScores, pinId } from './report-data.js';

const personOf = (user: User) => ({ id: user.id, name: user.name });

function toReplyView(reply: StoredReply): EvaluationReply {
  return {
    id: String(reply._id),
    evaluationId: String(reply.evaluationId),
    stateCode: reply.stateCode,
    target: reply.target,
    text: reply.text,
    author: reply.author,
    createdAt: reply.createdAt.toISOString(),
    handling: reply.handling && {
      outcome: reply.handling.outcome as NonNullable<EvaluationReply['handling']>['outcome'],
      note: reply.handling.note,
      by: reply.handling.by,
      at: reply.handling.at.toISOString(),
    },
    version: reply.version,
  };
}

function windowClosed(): AppError {
  return new AppError(403, 'reply_window_closed', 'The evaluation is not open for replies.');
}

/**
 * The right of reply: the evaluator opens a window before finalising; each focal point then sees
 * what the evaluation says about its own state only and comments; the evaluator records how each
 * comment was handled.
 */
export class EvaluationRepliesService {
  constructor(private readonly deps: { now?: () => Date } = {}) {}

  async openWindow(id: string, input: { closesOn: string; version?: number | undefined }): Promise<Evaluation> {
    const evaluation = await findEvaluation(id);
    assertVersion(evaluation, input.version);
    const today = this.now().toISOString().slice(0, 10);
    if (input.closesOn < today) {
      throw AppError.badRequest('The request is not valid.', [
        { path: 'closesOn', message: `must be today (${today}) or later` },
      ]);
    }
    const updated = await writeEvaluation(
      evaluation,
      { replyWindow: { openedAt: this.now(), closesOn: input.closesOn, closedAt: null } },
      this.now(),
    );
    return toEvaluationView(updated, this.now());
  }

  async closeWindow(id: string): Promise<Evaluation> {
    const evaluation = await findEvaluation(id);
    if (!replyWindowOpen(evaluation.replyWindow, this.now())) {
      throw AppError.conflict('reply_window_not_open', 'The evaluation has no open reply window.');
    }
    const updated = await writeEvaluation(
      evaluation,
      { replyWindow: { ...evaluation.replyWindow!, closedAt: this.now() } },
      this.now(),
    );
    return toEvaluationView(updated, this.now());
  }

  /** Evaluations whose reply window is open now (a focal point's list). */
  async openWindows(): Promise<OpenReplyWindow[]> {
    const evaluations = await EvaluationModel.find(
      { replyWindow: mongoose.trusted({ $ne: null }) },
      { title: 1, replyWindow: 1 },
    ).lean<Pick<StoredEvaluation, '_id' | 'title' | 'replyWindow'>[]>();
    return evaluations
      .filter((evaluation) => replyWindowOpen(evaluation.replyWindow, this.now()))
      .map((evaluation) => ({
        evaluationId: String(evaluation._id),
        title: evaluation.title,
        closesOn: evaluation.replyWindow!.closesOn,
      }));
  }

  /** A focal point's own state while the window is open; evaluators and the Secretariat name the state. */
  private stateFor(user: User, evaluation: StoredEvaluation, asked: string | undefined): string {
    if (isStateRole(user.role)) {
      if (user.role !== 'focal_point') throw new AppError(403, 'forbidden', 'Your role does not allow this.');
      if (!replyWindowOpen(evaluation.replyWindow, this.now())) throw windowClosed();
      if (asked !== undefined && asked !== user.stateCode) {
        throw new AppError(403, 'forbidden', 'You can only reach the data of your own state.');
      }
      return user.stateCode ?? '';
    }
    if (asked === undefined) {
      throw AppError.badRequest('The query is not valid.', [{ path: 'stateCode', message: 'name the state' }]);
    }
    return asked;
  }

  /** What the evaluation says about one state: its response, its figures, its quotations and the findings citing it. */
  async passages(user: User, id: string, askedState: string | undefined): Promise<StatePassages> {
    const evaluation = await findEvaluation(id);
    const stateCode = this.stateFor(user, evaluation, askedState);
    const reference = await loadReference();
    if (!reference.states.some((state) => state.code === stateCode)) {
      throw AppError.badRequest('The query is not valid.', [
        { path: 'stateCode', message: `${stateCode} is not a known state` },
      ]);
    }
    const input = await gatherEvidenceInput(evaluation, reference, lastFinalScores);
    const evidence = computeEvidence(input);
    const texts = await Promise.all(
      input.cycles.map(async (cycle) => ({ cycleId: cycle.id, texts: await loadApprovedTexts(cycle.id, stateCode) })),
    );
    const quotes = quotesFrom(texts, { ...input, states: new Set([stateCode]) });
    const byId = new Map(quotes.map((quote) => [quote.id, quote]));
    const response = await Promise.all(
      input.cycles.map(async (cycle) => {
        const header = await ReportModel.findOne(
          { cycleId: new mongoose.Types.ObjectId(cycle.id), stateCode },
          { status: 1 },
        ).lean<{ status: StatePassages['response'][number]['status'] }>();
        return {
          cycleId: cycle.id,
          status: header?.status ?? 'not_started',
          expected: cycle.expectedStates.includes(stateCode),
        };
      }),
    );
    return {
      evaluationId: id,
      title: evaluation.title,
      stateCode,
      replyWindow: toReplyWindowView(evaluation.replyWindow, this.now()) ?? {
        openedAt: '',
        closesOn: '',
        closedAt: null,
        open: false,
      },
      response,
      figures: evidence.states.find((state) => state.stateCode === stateCode) ?? null,
      quotes,
      findings: evaluation.findings
        .map((finding) => ({
          areaCode: finding.areaCode,
          text: finding.text,
          quotes: finding.pins
            .filter((pin) => pin.stateCode === stateCode)
            .flatMap((pin) => byId.get(pinId(pin)) ?? []),
        }))
        .filter((finding) => finding.quotes.length > 0),
    };
  }

  async create(user: User, id: string, input: CreateReplyInput): Promise<EvaluationReply> {
    const data = createReplySchema.parse(input);
    const evaluation = await findEvaluation(id);
    if (user.role !== 'focal_point' || !user.stateCode) {
      throw new AppError(403, 'forbidden', 'Only a state’s focal point replies to an evaluation.');
    }
    if (!replyWindowOpen(evaluation.replyWindow, this.now())) throw windowClosed();
    const target = data.target;
    if (target.kind === 'quote' && !evaluation.cycleIds.some((cycleId) => String(cycleId) === target.cycleId)) {
      throw AppError.badRequest('The reply is not valid.', [
        { path: 'target.cycleId', message: 'is not a cycle of this evaluation' },
      ]);
    }
    const created = await EvaluationReplyModel.create({
      evaluationId: evaluation._id,
      stateCode: user.stateCode,
      target: data.target,
      text: data.text,
      author: personOf(user),
      createdAt: this.now(),
      handling: null,
      version: 1,
    });
    return toReplyView(created.toObject<StoredReply>());
  }

  /** Evaluators and the Secretariat: every reply; a focal point: its state's, while the window is open. */
  async list(user: User, id: string): Promise<EvaluationReply[]> {
    const evaluation = await findEvaluation(id);
    const filter: Record<string, unknown> = { evaluationId: evaluation._id };
    if (isStateRole(user.role)) filter['stateCode'] = this.stateFor(user, evaluation, undefined);
    const replies = await EvaluationReplyModel.find(filter).sort({ createdAt: 1, _id: 1 }).lean<StoredReply[]>();
    return replies.map(toReplyView);
  }

  async handle(user: User, id: string, replyId: string, input: HandleReplyInput): Promise<EvaluationReply> {
    const data = handleReplySchema.parse(input);
    const evaluation = await findEvaluation(id);
    const handling = { outcome: data.outcome, note: data.note, by: personOf(user), at: this.now() };
    const updated = await EvaluationReplyModel.findOneAndUpdate(
      { _id: new mongoose.Types.ObjectId(replyId), evaluationId: evaluation._id, version: data.version },
      { $set: { handling, version: data.version + 1 } },
      { returnDocument: 'after' },
    ).lean<StoredReply>();
    if (updated) return toReplyView(updated);
    const current = await EvaluationReplyModel.findOne(
      { _id: new mongoose.Types.ObjectId(replyId), evaluationId: evaluation._id },
      { version: 1 },
    ).lean<{ version: number }>();
    if (!current) throw AppError.notFound('There is no such reply.');
    throw AppError.conflict('stale_version', 'The reply was handled meanwhile. Reload it and try again.', {
      currentVersion: current.version,
    });
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }
}
