import {
  type Assessment,
  type BilingualText,
  EMPTY_TEXT,
  type Evaluation,
  type EvaluationTexts,
  type Finding,
} from './evaluation.model';

/**
 * The texts of an evaluation as the editor holds them: one finding per area in scope (in plan
 * order) and one assessment per criterion, whatever the server has stored so far.
 */
export function textsOf(evaluation: Evaluation, areaCodes: readonly string[]): EvaluationTexts {
  const stored = evaluation.findings;
  const scoped = evaluation.scope.areaCodes.length ? evaluation.scope.areaCodes : areaCodes;
  const findings: Finding[] = scoped.map(
    (areaCode) =>
      stored.find((finding) => finding.areaCode === areaCode) ?? {
        areaCode,
        text: EMPTY_TEXT,
        pins: [],
      },
  );
  // A finding stored for an area the plan no longer lists is kept, never dropped.
  const extra = stored.filter((finding) => !scoped.includes(finding.areaCode));
  const assessments: Assessment[] = evaluation.criteria.map(
    (criterion) =>
      evaluation.assessments.find((item) => item.criterionCode === criterion.code) ?? {
        criterionCode: criterion.code,
        rating: null,
        text: EMPTY_TEXT,
      },
  );
  return {
    executiveSummary: evaluation.executiveSummary,
    findings: [...findings, ...extra],
    assessments,
    conclusions: evaluation.conclusions,
    recommendations: evaluation.recommendations,
  };
}

/** The language a text lacks while the other has it, if any (both empty: nothing is missing). */
export function missingLanguage(text: BilingualText): 'en' | 'ru' | null {
  const en = text.en.trim() !== '';
  const ru = text.ru.trim() !== '';
  if (en === ru) {
    return null;
  }
  return en ? 'ru' : 'en';
}

/** Every text of the evaluation with the language it lacks, for the "missing in …" count. */
export function missingTranslations(texts: EvaluationTexts): { en: number; ru: number } {
  const all: BilingualText[] = [
    texts.executiveSummary,
    ...texts.findings.map((finding) => finding.text),
    ...texts.assessments.map((assessment) => assessment.text),
    texts.conclusions,
    ...texts.recommendations.map((recommendation) => recommendation.text),
  ];
  return all.reduce(
    (counts, text) => {
      const missing = missingLanguage(text);
      return missing ? { ...counts, [missing]: counts[missing] + 1 } : counts;
    },
    { en: 0, ru: 0 },
  );
}
