import {
  type Assessment,
  EMPTY_TEXT,
  type EvaluationTexts,
  type Pin,
  type Recommendation,
} from './evaluation.model';
import { sameQuote } from './evaluation-views';

/*
 * The evaluator's edits as pure functions of the texts: the page dispatches their result.
 */

const replaceAt = <T>(items: readonly T[], index: number, item: T): T[] =>
  items.map((current, at) => (at === index ? item : current));

export function withFindingText(
  texts: EvaluationTexts,
  index: number,
  text: EvaluationTexts['findings'][number]['text'],
): EvaluationTexts {
  const finding = texts.findings.at(index);
  return finding
    ? { ...texts, findings: replaceAt(texts.findings, index, { ...finding, text }) }
    : texts;
}

/** Pins a quotation to the finding (once), by its citation. */
export function withPin(texts: EvaluationTexts, index: number, quote: Pin): EvaluationTexts {
  const finding = texts.findings.at(index);
  if (!finding || finding.pins.some((pin) => sameQuote(pin, quote))) {
    return texts;
  }
  const pin: Pin = {
    cycleId: quote.cycleId,
    stateCode: quote.stateCode,
    actionCode: quote.actionCode,
    kind: quote.kind,
  };
  return {
    ...texts,
    findings: replaceAt(texts.findings, index, { ...finding, pins: [...finding.pins, pin] }),
  };
}

export function withoutPin(texts: EvaluationTexts, index: number, quote: Pin): EvaluationTexts {
  const finding = texts.findings.at(index);
  if (!finding) {
    return texts;
  }
  const pins = finding.pins.filter((pin) => !sameQuote(pin, quote));
  return { ...texts, findings: replaceAt(texts.findings, index, { ...finding, pins }) };
}

export function withAssessment(
  texts: EvaluationTexts,
  index: number,
  change: Partial<Pick<Assessment, 'rating' | 'text'>>,
): EvaluationTexts {
  const assessment = texts.assessments.at(index);
  return assessment
    ? { ...texts, assessments: replaceAt(texts.assessments, index, { ...assessment, ...change }) }
    : texts;
}

export const NEW_RECOMMENDATION: Recommendation = {
  text: EMPTY_TEXT,
  priority: 'medium',
  addressee: 'states',
  areaCodes: [],
};

export function withRecommendation(
  texts: EvaluationTexts,
  index: number,
  change: Partial<Recommendation>,
): EvaluationTexts {
  const recommendation = texts.recommendations.at(index);
  return recommendation
    ? {
        ...texts,
        recommendations: replaceAt(texts.recommendations, index, { ...recommendation, ...change }),
      }
    : texts;
}

export function withNewRecommendation(texts: EvaluationTexts): EvaluationTexts {
  return { ...texts, recommendations: [...texts.recommendations, NEW_RECOMMENDATION] };
}

export function withoutRecommendation(texts: EvaluationTexts, index: number): EvaluationTexts {
  return { ...texts, recommendations: texts.recommendations.filter((_, at) => at !== index) };
}
