import type { Locale } from '@ppm/shared';

import type { Criterion, EvaluationTexts, Names } from '../data-access';
import type { Passage } from '../reply-panel/reply-panel';

/**
 * Every passage of the evaluation a reply can concern, in the report's order, named by its
 * section key ("executiveSummary", "findings.3", "assessments.impact", "conclusions",
 * "recommendations.2") with its heading and text in the reader's language.
 */
export function toPassages(
  texts: EvaluationTexts,
  criteria: readonly Criterion[],
  names: Names,
  locale: Locale,
  translate: (key: string, params?: Record<string, unknown>) => string,
): Passage[] {
  const textIn = (text: { en: string; ru: string }): string => text[locale] || text.en;
  return [
    {
      section: 'executiveSummary',
      label: translate('evaluations.tabs.summary'),
      text: textIn(texts.executiveSummary),
    },
    ...texts.findings.map((finding) => ({
      section: `findings.${finding.areaCode}`,
      label: translate('evaluations.findings.areaHeading', {
        code: finding.areaCode,
        title: names.areas.get(finding.areaCode) ?? '',
      }),
      text: textIn(finding.text),
    })),
    ...texts.assessments.map((assessment) => {
      const criterion = criteria.find((item) => item.code === assessment.criterionCode);
      return {
        section: `assessments.${assessment.criterionCode}`,
        label: criterion ? textIn(criterion.label) : assessment.criterionCode,
        text: textIn(assessment.text),
      };
    }),
    {
      section: 'conclusions',
      label: translate('evaluations.conclusions.title'),
      text: textIn(texts.conclusions),
    },
    ...texts.recommendations.map((recommendation, index) => ({
      section: `recommendations.${index + 1}`,
      label: translate('evaluations.recommendations.numbered', { number: index + 1 }),
      text: textIn(recommendation.text),
    })),
  ];
}
