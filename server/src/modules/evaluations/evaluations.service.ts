import {
  type CreateEvaluationInput,
  createEvaluationSchema,
  DEFAULT_RATING_SCALE,
  type Evaluation,
  type EvaluationEvidence,
  type EvaluationSummary,
  type EvidenceQuery,
  type ReportQuery,
  type UpdateEvaluationInput,
  updateEvaluationSchema,
  type User,
} from '@ppm/shared';
import mongoose from 'mongoose';
import { claim } from '../../platform/database/claims.js';
import { AppError, type FieldError } from '../../platform/http/app-error.js';
import { recordAudit } from '../audit/audit.service.js';
import { loadCycles } from './evidence/evidence-input.js';
import { loadReference } from './evidence/report-reference.js';
import { checkCodes, defaultCriteria, resolveCriteria } from './evaluation-input.js';
import { EvaluationFinalModel, finalId, type StoredFinal } from './evaluation-final.model.js';
import { CONTENT_FIELDS, EvaluationModel, type EvaluationContent, type StoredEvaluation } from './evaluation.model.js';
import { assertVersion, findEvaluation, staleVersion, writeEvaluation } from './evaluation-store.js';
import { toEvaluationSummary, toEvaluationView } from './evaluation-view.js';
import { currentReportData, evidenceFor } from './report-data.js';
import type { ReportSource } from './report/build-report.js';
import { CONTENT_TYPES, generateReport, type ReportFormat } from './report/generate-report.js';

const emptyText = () => ({ en: '', ru: '' });

export interface GeneratedReport {
  body: Buffer;
  contentType: string;
  fileName: string;
}

/** A file name part from the title: ASCII letters and digits only (the id when none are left). */
function fileSlug(title: string, fallback: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60);
  return slug || fallback;
}
const personOf = (user: User) => ({ id: user.id, name: user.name });

export interface EvaluationsServiceDeps {
  now?: () => Date;
}

/** Evaluations: evaluators and the Secretariat create, write, finalise and download them. */
export class EvaluationsService {
  constructor(private readonly deps: EvaluationsServiceDeps = {}) {}

  async list(): Promise<EvaluationSummary[]> {
    const evaluations = await EvaluationModel.find(
      {},
      { executiveSummary: 0, introduction: 0, findings: 0, assessments: 0, conclusions: 0, recommendations: 0 },
    )
      .sort({ updatedAt: -1, _id: -1 })
      .lean<StoredEvaluation[]>();
    return evaluations.map((evaluation) => toEvaluationSummary(evaluation, this.now()));
  }

  async get(id: string): Promise<Evaluation> {
    return toEvaluationView(await findEvaluation(id), this.now());
  }

  async create(actor: User, input: CreateEvaluationInput): Promise<Evaluation> {
    const data = createEvaluationSchema.parse(input);
    const errors: FieldError[] = [];
    const criteria = data.criteria ? resolveCriteria(data.criteria, [], errors) : defaultCriteria();
    const scope = data.scope ?? { areaCodes: [], regionCodes: [], stateCodes: [] };
    await this.checkInput(
      { cycleIds: data.cycleIds, scope, criteria, findings: [], assessments: [], recommendations: [] },
      data.baseline ?? null,
      null,
      errors,
    );
    const now = this.now();
    const created = await EvaluationModel.create({
      title: data.title,
      cycleIds: data.cycleIds.map((id) => new mongoose.Types.ObjectId(id)),
      criteria,
      scope,
      baseline: data.baseline ?? null,
      team: data.team ?? [],
      ratingScale: DEFAULT_RATING_SCALE,
      executiveSummary: emptyText(),
      introduction: emptyText(),
      findings: [],
      assessments: [],
      conclusions: emptyText(),
      recommendations: [],
      replyWindow: null,
      finalVersions: [],
      finalizedAtVersion: null,
      version: 1,
      createdBy: personOf(actor),
      createdAt: now,
      updatedAt: now,
    });
    const evaluation = toEvaluationView(created.toObject<StoredEvaluation>(), now);
    await recordAudit({ actor, action: 'evaluation.created', entity: 'evaluation', entityId: evaluation.id });
    return evaluation;
  }

  /** A save of any part; the whole result is checked before anything is written. */
  async update(actor: User, id: string, input: UpdateEvaluationInput): Promise<Evaluation> {
    const { version, criteria: criteriaInput, cycleIds, ...fields } = updateEvaluationSchema.parse(input);
    const evaluation = await findEvaluation(id);
    assertVersion(evaluation, version);
    const errors: FieldError[] = [];
    const criteria = criteriaInput ? resolveCriteria(criteriaInput, evaluation.criteria, errors) : evaluation.criteria;
    const merged = {
      cycleIds: cycleIds ?? evaluation.cycleIds.map(String),
      scope: fields.scope ?? evaluation.scope,
      criteria,
      findings: fields.findings ?? evaluation.findings,
      assessments: fields.assessments ?? evaluation.assessments,
      recommendations: fields.recommendations ?? evaluation.recommendations,
    };
    const baseline = fields.baseline === undefined ? evaluation.baseline : fields.baseline;
    await this.checkInput(merged, baseline, String(evaluation._id), errors);
    // Only the fields sent; zod leaves out the ones not given.
    const changes: Record<string, unknown> = Object.fromEntries(Object.entries(fields));
    if (criteriaInput) changes['criteria'] = criteria;
    if (cycleIds) changes['cycleIds'] = cycleIds.map((cycleId) => new mongoose.Types.ObjectId(cycleId));
    const updated = await writeEvaluation(evaluation, changes, this.now());
    await recordAudit({
      actor,
      action: 'evaluation.saved',
      entity: 'evaluation',
      entityId: id,
      after: { version: updated.version, fields: Object.keys(changes) },
    });
    return toEvaluationView(updated, this.now());
  }

  async evidence(id: string, query: EvidenceQuery): Promise<EvaluationEvidence> {
    return evidenceFor(await findEvaluation(id), query);
  }

  /**
   * Stores the text and the data it uses as final version N (claimed by a unique insert), closes
   * a reply window still open, and leaves the evaluation editable as the next draft.
   */
  async finalize(actor: User, id: string, version: number | undefined): Promise<Evaluation> {
    const evaluation = await findEvaluation(id);
    assertVersion(evaluation, version);
    const data = await currentReportData(evaluation);
    const now = this.now();
    const number = evaluation.finalVersions.length + 1;
    const content = Object.fromEntries(
      CONTENT_FIELDS.map((field) => [field, evaluation[field]]),
    ) as unknown as EvaluationContent;
    const final: StoredFinal = {
      _id: finalId(id, number),
      evaluationId: evaluation._id,
      number,
      finalizedAt: now,
      finalizedBy: personOf(actor),
      content: { ...content, cycleIds: evaluation.cycleIds.map(String) },
      data,
      claimedAt: now,
    };
    const claimed = await claim(EvaluationFinalModel, { ...final }, async () => {
      const current = await EvaluationModel.findById(evaluation._id, { finalVersions: 1 }).lean<StoredEvaluation>();
      return current !== null && !current.finalVersions.some((existing) => existing.number === number);
    });
    if (!claimed) throw staleVersion(evaluation.version + 1);
    try {
      const updated = await writeEvaluation(
        evaluation,
        {
          finalVersions: [...evaluation.finalVersions, { number, finalizedAt: now, finalizedBy: personOf(actor) }],
          finalizedAtVersion: evaluation.version + 1,
          replyWindow: evaluation.replyWindow && {
            ...evaluation.replyWindow,
            closedAt: evaluation.replyWindow.closedAt ?? now,
          },
        },
        now,
      );
      await recordAudit({
        actor,
        action: 'evaluation.finalized',
        entity: 'evaluation',
        entityId: id,
        after: { number },
      });
      return toEvaluationView(updated, now);
    } catch (error) {
      await EvaluationFinalModel.deleteOne({ _id: final._id });
      throw error;
    }
  }

  /**
   * The report as a file: the draft as it stands (figures read now), or final version N exactly as
   * it was finalised (its stored text and data, its own date).
   */
  async report(id: string, format: ReportFormat, query: ReportQuery): Promise<GeneratedReport> {
    const source = query.version === undefined ? await this.draftSource(id) : await this.finalSource(id, query.version);
    const edition =
      source.edition.kind === 'final' ? `final-${source.edition.number}` : `draft-v${source.edition.number}`;
    return {
      body: await generateReport(source, query.lang, format),
      contentType: CONTENT_TYPES[format],
      fileName: `evaluation-${fileSlug(source.content.title.en || source.content.title.ru, id)}-${edition}-${query.lang}.${format}`,
    };
  }

  private async draftSource(id: string): Promise<ReportSource> {
    const evaluation = await findEvaluation(id);
    const content = Object.fromEntries(
      CONTENT_FIELDS.map((field) => [field, evaluation[field]]),
    ) as unknown as EvaluationContent;
    return {
      content: { ...content, cycleIds: evaluation.cycleIds.map(String) },
      data: await currentReportData(evaluation),
      edition: { kind: 'draft', number: evaluation.version, date: evaluation.updatedAt },
    };
  }

  private async finalSource(id: string, number: number): Promise<ReportSource> {
    const [evaluation, final] = await Promise.all([
      findEvaluation(id),
      EvaluationFinalModel.findById(finalId(id, number)).lean<StoredFinal>(),
    ]);
    // A final version counts once the evaluation lists it (a claim left by a failed finalisation does not).
    if (!final || !evaluation.finalVersions.some((version) => version.number === number)) {
      throw AppError.notFound(`The evaluation has no final version ${number}.`);
    }
    return { content: final.content, data: final.data, edition: { kind: 'final', number, date: final.finalizedAt } };
  }

  private async checkInput(
    content: Parameters<typeof checkCodes>[0],
    baseline: StoredEvaluation['baseline'],
    selfId: string | null,
    errors: FieldError[],
  ): Promise<void> {
    const [reference, cycles] = await Promise.all([loadReference(), loadCycles(content.cycleIds)]);
    checkCodes(content, { reference, existingCycles: new Set(cycles.map((cycle) => String(cycle._id))) }, errors);
    if (baseline && 'cycleId' in baseline && (await loadCycles([baseline.cycleId])).length === 0) {
      errors.push({ path: 'baseline.cycleId', message: `${baseline.cycleId} is not a known reporting cycle` });
    }
    if (baseline && 'evaluationId' in baseline) {
      const finals =
        baseline.evaluationId === selfId
          ? 0
          : await EvaluationModel.countDocuments({
              _id: new mongoose.Types.ObjectId(baseline.evaluationId),
              finalizedAtVersion: mongoose.trusted({ $ne: null }),
            });
      if (finals === 0) {
        errors.push({ path: 'baseline.evaluationId', message: 'must be another evaluation with a final version' });
      }
    }
    if (errors.length > 0) throw AppError.badRequest('The evaluation refers to things that do not exist.', errors);
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }
}
