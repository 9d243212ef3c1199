import { MAX_EVIDENCE_QUOTES, type EvaluationEvidence, type EvidenceQuery, type Pin } from '@ppm/shared';
import { AppError } from '../../platform/http/app-error.js';
import { loadApprovedTexts } from './evidence/approved-data.js';
import { computeEvidence, filterQuotes, quoteId, quotesFrom, type CycleTexts } from './evidence/compute-evidence.js';
import { gatherEvidenceInput, type FinalScoresLookup } from './evidence/evidence-input.js';
import { loadReference, type ReportReference } from './evidence/report-reference.js';
import { EvaluationFinalModel, type ReportData, type StoredFinal } from './evaluation-final.model.js';
import { repliedStates } from './evaluation-reply.model.js';
import type { StoredEvaluation } from './evaluation.model.js';

/** A baseline evaluation's scores: those of its last final version. */
export const lastFinalScores: FinalScoresLookup = async (evaluationId) => {
  const [final] = await EvaluationFinalModel.find(
    { evaluationId },
    { content: 1, 'data.evidence.areas': 1, 'data.evidence.actions': 1, number: 1 },
  )
    .sort({ number: -1 })
    .limit(1)
    .lean<Pick<StoredFinal, 'content' | 'data' | 'number'>[]>();
  if (!final) return null;
  const title = final.content.title;
  return {
    label: { en: `${title.en || title.ru} (${final.number})`, ru: `${title.ru || title.en} (${final.number})` },
    evidence: final.data.evidence,
  };
};

/**
 * The evidence as the evaluator browses it: every figure, and the quotations of one cycle at a
 * time (`cycleId`, by default the latest), filtered and capped.
 */
export async function evidenceFor(evaluation: StoredEvaluation, query: EvidenceQuery): Promise<EvaluationEvidence> {
  const reference = await loadReference();
  const input = await gatherEvidenceInput(evaluation, reference, lastFinalScores);
  const cycleId = query.cycleId ?? input.cycles.at(-1)?.id;
  if (query.cycleId !== undefined && !input.cycles.some((cycle) => cycle.id === query.cycleId)) {
    throw AppError.badRequest('The query is not valid.', [
      { path: 'cycleId', message: 'is not a cycle of this evaluation' },
    ]);
  }
  const texts: CycleTexts[] = cycleId ? [{ cycleId, texts: await loadApprovedTexts(cycleId, query.stateCode) }] : [];
  const quotes = filterQuotes(quotesFrom(texts, input), query, MAX_EVIDENCE_QUOTES);
  return { ...computeEvidence(input), ...quotes };
}

export const pinId = (pin: Pin) => quoteId(pin.cycleId, pin.stateCode, pin.actionCode, pin.kind);

/** Texts of the reports the pins point at: one read per (cycle, state), from the analytics cache. */
async function pinnedTexts(pins: readonly Pin[]): Promise<CycleTexts[]> {
  const reports = [...new Set(pins.map((pin) => `${pin.cycleId}|${pin.stateCode}`))];
  return Promise.all(
    reports.map(async (key) => {
      const [cycleId, stateCode] = key.split('|') as [string, string];
      return { cycleId, texts: await loadApprovedTexts(cycleId, stateCode) };
    }),
  );
}

/** What a report of the evaluation as it stands is made from: figures now, and the pinned quotations. */
export async function currentReportData(
  evaluation: StoredEvaluation,
  reference?: ReportReference,
): Promise<ReportData> {
  const names = reference ?? (await loadReference());
  const input = await gatherEvidenceInput(evaluation, names, lastFinalScores);
  const pins = evaluation.findings.flatMap((finding) => finding.pins);
  const pinned = new Set(pins.map(pinId));
  const quotes = quotesFrom(await pinnedTexts(pins), input).filter((quote) => pinned.has(quote.id));
  return {
    evidence: { ...computeEvidence(input), quotes, quotesTotal: quotes.length },
    reference: names,
    repliedStates: await repliedStates(evaluation._id),
    replyWindowOpened: evaluation.replyWindow !== null,
    statesCovered: [
      ...new Set(
        input.cycles.flatMap((cycle) =>
          cycle.expectedStates.filter((state) => input.states === null || input.states.has(state)),
        ),
      ),
    ].sort(),
  };
}
