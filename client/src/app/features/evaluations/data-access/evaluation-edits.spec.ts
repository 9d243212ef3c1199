import {
  withAssessment,
  withFindingText,
  withNewRecommendation,
  withPin,
  withRecommendation,
  withoutPin,
  withoutRecommendation,
} from './evaluation-edits';
import { textsOf } from './evaluation-texts';
import { EVALUATION, QUOTE_KZ } from './testing/evaluations-fixture';

describe('evaluation edits', () => {
  const texts = textsOf(EVALUATION, ['1', '2']);

  it('changes one finding and leaves the others', () => {
    const changed = withFindingText(texts, 0, { en: 'Borders', ru: 'Границы' });

    expect(changed.findings[0].text).toEqual({ en: 'Borders', ru: 'Границы' });
    expect(changed.findings[1]).toBe(texts.findings[1]);
  });

  it('pins a quotation once, with its citation, and unpins it', () => {
    const pinned = withPin(withPin(texts, 0, QUOTE_KZ), 0, QUOTE_KZ);

    // A pin is the quotation's citation; the text stays in the reports.
    expect(pinned.findings[0].pins).toEqual([
      { cycleId: 'c2025', stateCode: 'KZ', actionCode: '1.1', kind: 'achievement' },
    ]);
    expect(withoutPin(pinned, 0, { ...QUOTE_KZ }).findings[0].pins).toEqual([]);
  });

  it('rates a criterion', () => {
    expect(withAssessment(texts, 1, { rating: 'partial' }).assessments[1].rating).toBe('partial');
  });

  it('adds, changes and removes numbered recommendations', () => {
    const two = withNewRecommendation(withNewRecommendation(texts));
    const changed = withRecommendation(two, 1, { priority: 'high', areaCodes: ['2'] });
    const one = withoutRecommendation(changed, 0);

    expect(two.recommendations.length).toBe(2);
    expect(one.recommendations).toEqual([
      { text: { en: '', ru: '' }, priority: 'high', addressee: 'states', areaCodes: ['2'] },
    ]);
  });

  it('ignores an edit of a finding that does not exist', () => {
    expect(withFindingText(texts, 7, { en: 'x', ru: 'x' })).toBe(texts);
  });
});
