import { type CriterionInput, type EvaluationScope, referenceData } from '@ppm/shared';
import type { FieldError } from '../../platform/http/app-error.js';
import type { EvaluationContent } from './evaluation.model.js';
import type { ReportReference } from './evidence/report-reference.js';

type Criterion = EvaluationContent['criteria'][number];

const CRITERIA_2015 = new Map(referenceData.evaluationCriteria2015.map((criterion) => [criterion.code, criterion]));

export function defaultCriteria(): Criterion[] {
  return referenceData.evaluationCriteria2015.map((criterion) => ({
    code: criterion.code,
    label: { en: criterion.label.en, ru: criterion.label.ru },
  }));
}

/**
 * Criteria as sent → criteria with labels. A bare code must be one of the five of 2015 or one the
 * evaluation already has; a new code needs its label.
 */
export function resolveCriteria(
  input: readonly CriterionInput[],
  existing: readonly Criterion[],
  errors: FieldError[],
): Criterion[] {
  const known = new Map<string, Criterion>([...CRITERIA_2015, ...existing.map((c) => [c.code, c] as const)]);
  const seen = new Set<string>();
  return input.flatMap((item, index) => {
    const code = typeof item === 'string' ? item : item.code;
    const label = typeof item === 'string' ? undefined : item.label;
    if (seen.has(code)) {
      errors.push({ path: `criteria.${index}`, message: `${code} is listed twice` });
      return [];
    }
    seen.add(code);
    const found = label ?? known.get(code)?.label;
    if (!found) {
      errors.push({ path: `criteria.${index}`, message: `${code} is not a known criterion; give it a label` });
      return [];
    }
    return [{ code, label: { en: found.en, ru: found.ru } }];
  });
}

export interface CodeContext {
  reference: ReportReference;
  /** Ids of cycles that exist, among those the input names. */
  existingCycles: Set<string>;
}

/** Every code in the evaluation must name something that exists: unknown ones are 400 with their paths. */
export function checkCodes(
  content: Pick<EvaluationContent, 'scope' | 'findings' | 'assessments' | 'recommendations' | 'criteria'> & {
    cycleIds: string[];
  },
  context: CodeContext,
  errors: FieldError[],
): void {
  const areas = new Set(context.reference.plan.areas.map((area) => area.code));
  const actions = new Set(context.reference.plan.areas.flatMap((area) => area.actions.map((action) => action.code)));
  const states = new Set(context.reference.states.map((state) => state.code));
  const regions = new Set(context.reference.regions.map((region) => region.code));
  const cycles = new Set(content.cycleIds);
  const criteria = new Set(content.criteria.map((criterion) => criterion.code));

  content.cycleIds.forEach((id, index) => {
    if (!context.existingCycles.has(id))
      errors.push({ path: `cycleIds.${index}`, message: `${id} is not a known reporting cycle` });
  });
  checkScope(content.scope, { areas, regions, states }, errors);
  content.findings.forEach((finding, index) => {
    if (!areas.has(finding.areaCode)) {
      errors.push({ path: `findings.${index}.areaCode`, message: `${finding.areaCode} is not an area of the plan` });
    }
    finding.pins.forEach((pin, pinIndex) => {
      const path = `findings.${index}.pins.${pinIndex}`;
      if (!cycles.has(pin.cycleId))
        errors.push({ path: `${path}.cycleId`, message: 'is not a cycle of this evaluation' });
      if (!states.has(pin.stateCode))
        errors.push({ path: `${path}.stateCode`, message: `${pin.stateCode} is not a known state` });
      if (!actions.has(pin.actionCode))
        errors.push({ path: `${path}.actionCode`, message: `${pin.actionCode} is not an action of the plan` });
    });
  });
  content.assessments.forEach((assessment, index) => {
    if (!criteria.has(assessment.criterionCode)) {
      errors.push({
        path: `assessments.${index}.criterionCode`,
        message: `${assessment.criterionCode} is not a criterion of this evaluation`,
      });
    }
  });
  const assessed = content.assessments.map((assessment) => assessment.criterionCode);
  if (new Set(assessed).size !== assessed.length)
    errors.push({ path: 'assessments', message: 'assesses a criterion twice' });
  content.recommendations.forEach((recommendation, index) => {
    recommendation.areaCodes.forEach((code, codeIndex) => {
      if (!areas.has(code))
        errors.push({
          path: `recommendations.${index}.areaCodes.${codeIndex}`,
          message: `${code} is not an area of the plan`,
        });
    });
  });
}

function checkScope(
  scope: EvaluationScope,
  known: { areas: Set<string>; regions: Set<string>; states: Set<string> },
  errors: FieldError[],
): void {
  const lists = [
    ['areaCodes', scope.areaCodes, known.areas, 'an area of the plan'],
    ['regionCodes', scope.regionCodes, known.regions, 'a known region'],
    ['stateCodes', scope.stateCodes, known.states, 'a known state'],
  ] as const;
  for (const [field, codes, set, what] of lists) {
    codes.forEach((code, index) => {
      if (!set.has(code)) errors.push({ path: `scope.${field}.${index}`, message: `${code} is not ${what}` });
    });
  }
}
