import { MAX_EVIDENCE_QUOTES, type EvaluationEvidence, type EvidenceQuery, type Pin } from '@ppm/shared';
import { allQuotes, computeEvidence, quoteId } from './evidence/compute-evidence.js';
import { gatherEvidenceInput, type FinalScoresLookup } from './evidence/evidence-input.js';
import { loadReference, type ReportReference } from './evidence/report-reference.js';
import { EvaluationFinalModel, type ReportData, type StoredFinal } from './evaluation-final.model.js';
import { repliedStates } from './evaluation-reply.model.js';
import type { StoredEvaluation } from './evaluation.model.js';

/** A baseline evaluation's scores: those of its last final version. */
export const lastFinalScores: FinalScoresLookup = async (evaluationId) => {
  const [final] = await EvaluationFinalModel.find({ evaluationId }, { content: 1, 'data.evidence.areas': 1, 'data.evidence.actions': 1, number: 1 })
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

/** The evidence as the evaluator browses it: all figures, quotations filtered and capped. */
export async function evidenceFor(evaluation: StoredEvaluation, query: EvidenceQuery): Promise<EvaluationEvidence> {
  const reference = await loadReference();
  const input = await gatherEvidenceInput(evaluation, reference, lastFinalScores);
  return computeEvidence({ ...input, quoteFilter: query, maxQuotes: MAX_EVIDENCE_QUOTES });
}

const pinId = (pin: Pin) => quoteId(pin.cycleId, pin.stateCode, pin.actionCode, pin.kind);

/** What a report of the evaluation as it stands is made from: figures now, and the pinned quotations. */
export async function currentReportData(evaluation: StoredEvaluation, reference?: ReportReference): Promise<ReportData> {
  const names = reference ?? (await loadReference());
  const input = await gatherEvidenceInput(evaluation, names, lastFinalScores);
  const pinned = new Set(evaluation.findings.flatMap((finding) => finding.pins.map(pinId)));
  const evidence = computeEvidence({ ...input, maxQuotes: 0 });
  const quotes = allQuotes(input).filter((quote) => pinned.has(quote.id));
  return {
    evidence: { ...evidence, quotes, quotesTotal: quotes.length },
    reference: names,
    repliedStates: await repliedStates(evaluation._id),
    replyWindowOpened: evaluation.replyWindow !== null,
    statesCovered: [
      ...new Set(
        input.cycles.flatMap((cycle) => cycle.expectedStates.filter((state) => input.states === null || input.states.has(state))),
      ),
    ].sort(),
  };
}

export { pinId };
