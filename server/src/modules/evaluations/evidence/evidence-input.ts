import type { EvaluationScope, Baseline, LocalizedText } from '@ppm/shared';
import mongoose from 'mongoose';
import { CycleModel, type StoredCycle } from '../../cycles/cycle.model.js';
import { loadApprovedFacts } from './approved-data.js';
import type { BaselineScores, EvidenceInput } from './compute-evidence.js';
import { scoresOf } from './compute-evidence.js';
import type { ReportReference } from './report-reference.js';

/** Where a baseline evaluation's scores come from: its last final version's evidence. */
export type FinalScoresLookup = (evaluationId: string) => Promise<{
  label: LocalizedText;
  evidence: { areas: { code: string; score: number | null }[]; actions: { code: string; score: number | null }[] };
} | null>;

/** The areas (plan order) and their actions within the scope. */
export function areasInScope(reference: ReportReference, scope: EvaluationScope): EvidenceInput['areas'] {
  return reference.plan.areas
    .filter((area) => scope.areaCodes.length === 0 || scope.areaCodes.includes(area.code))
    .map((area) => ({ code: area.code, actionCodes: area.actions.map((action) => action.code) }));
}

/** The states in scope: named states and states of named regions (both given: both must hold); null is all. */
export function statesInScope(reference: ReportReference, scope: EvaluationScope): Set<string> | null {
  if (scope.stateCodes.length === 0 && scope.regionCodes.length === 0) return null;
  return new Set(
    reference.states
      .filter((state) => scope.stateCodes.length === 0 || scope.stateCodes.includes(state.code))
      .filter((state) => scope.regionCodes.length === 0 || scope.regionCodes.includes(state.region))
      .map((state) => state.code),
  );
}

/** The cycles, oldest period first. */
export async function loadCycles(cycleIds: readonly (string | mongoose.Types.ObjectId)[]): Promise<StoredCycle[]> {
  const cycles = await CycleModel.find({
    _id: mongoose.trusted({ $in: cycleIds.map((id) => new mongoose.Types.ObjectId(String(id))) }),
  }).lean<StoredCycle[]>();
  return cycles.sort((a, b) => a.periodTo.localeCompare(b.periodTo) || a.periodFrom.localeCompare(b.periodFrom));
}

/** Everything `computeEvidence` needs, read from the database (approved reports only). */
export async function gatherEvidenceInput(
  content: {
    cycleIds: readonly (string | mongoose.Types.ObjectId)[];
    scope: EvaluationScope;
    baseline: Baseline | null;
  },
  reference: ReportReference,
  finalScores: FinalScoresLookup,
): Promise<EvidenceInput> {
  const areas = areasInScope(reference, content.scope);
  const states = statesInScope(reference, content.scope);
  const cycles = await loadCycles(content.cycleIds);
  const withData = await Promise.all(
    cycles.map(async (cycle) => ({
      id: String(cycle._id),
      name: { en: cycle.name.en, ru: cycle.name.ru },
      periodFrom: cycle.periodFrom,
      periodTo: cycle.periodTo,
      expectedStates: [...cycle.expectedStates],
      reports: await loadApprovedFacts(String(cycle._id)),
    })),
  );
  return {
    cycles: withData,
    areas,
    states,
    regionOf: new Map(reference.states.map((state) => [state.code, state.region])),
    regionOrder: reference.regions.map((region) => region.code),
    baseline: await baselineScores(content.baseline, areas, states, finalScores),
  };
}

async function baselineScores(
  baseline: Baseline | null,
  areas: EvidenceInput['areas'],
  states: Set<string> | null,
  finalScores: FinalScoresLookup,
): Promise<BaselineScores | null> {
  if (!baseline) return null;
  if ('cycleId' in baseline) {
    const [cycle] = await loadCycles([baseline.cycleId]);
    if (!cycle) return null;
    const reports = (await loadApprovedFacts(baseline.cycleId)).filter(
      (report) => states === null || states.has(report.stateCode),
    );
    return {
      kind: 'cycle',
      id: baseline.cycleId,
      label: { en: cycle.name.en, ru: cycle.name.ru },
      ...scoresOf(reports, areas),
    };
  }
  const final = await finalScores(baseline.evaluationId);
  if (!final) return null;
  return {
    kind: 'evaluation',
    id: baseline.evaluationId,
    label: final.label,
    areas: new Map(final.evidence.areas.map((area) => [area.code, area.score])),
    actions: new Map(final.evidence.actions.map((action) => [action.code, action.score])),
  };
}
