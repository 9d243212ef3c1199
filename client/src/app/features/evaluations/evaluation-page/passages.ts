import type { Locale } from '@ppm/shared';

import type { AreaView, Evaluation, EvaluationTexts } from '../data-access';
import type { Passage } from '../reply-panel/reply-panel';

/**
 * Every passage of the evaluation a reply can concern, in the report's order, named by its
 * section key ("executiveSummary", "findings.3", "assessments.impact", "conclusions",
 * "recommendations.2") with its heading and text in the reader's language.
 */
export function toPassages(
  texts: EvaluationTexts,
  criteria: Evaluation['criteria'],
  areas: readonly AreaView[],
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
    { section: 'general', label: translate('evaluations.replies.general'), text: '' },
    { section: 'figures', label: translate('evaluations.replies.figures'), text: '' },
    ...areas.flatMap((area) => [
      {
        section: `findings.${area.areaCode}`,
        label: translate('evaluations.findings.areaHeading', {
          code: area.areaCode,
          title: area.title,
        }),
        text: textIn(area.finding.text),
      },
      {
        section: `figures.${area.areaCode}`,
        label: translate('evaluations.replies.figuresOf', { code: area.areaCode }),
        text: area.figures
          ? translate('evaluations.report.scoreLine', {
              score: area.figures.score ?? '–',
              participating: area.figures.participating,
              notParticipating: area.figures.notParticipating,
            })
          : '',
      },
      ...area.quotes.map((quote) => ({
        section: `quote.${quote.id}`,
        label: translate('evaluations.replies.quoteOf', {
          state: quote.stateName,
          action: quote.actionCode,
        }),
        text: quote.text,
      })),
    ]),
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
