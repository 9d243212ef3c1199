import { EMPTY_TEXT } from './evaluation.model';
import { missingLanguage, missingTranslations, textsOf } from './evaluation-texts';
import { EVALUATION } from './testing/evaluations-fixture';

describe('evaluation texts', () => {
  describe('textsOf', () => {
    const texts = textsOf(EVALUATION, ['1', '2']);

    it('gives every area of the plan a finding, in plan order, keeping what was stored', () => {
      expect(texts.findings.map((finding) => finding.areaCode)).toEqual(['1', '2']);
      expect(texts.findings[0].text).toEqual(EMPTY_TEXT);
      expect(texts.findings[1].text.en).toBe('Return improved.');
    });

    it('gives every criterion an assessment without a rating yet', () => {
      expect(texts.assessments).toEqual([
        { criterionCode: 'relevance', rating: null, text: EMPTY_TEXT },
        { criterionCode: 'impact', rating: null, text: EMPTY_TEXT },
      ]);
    });

    it('covers only the areas in scope when the evaluation names some', () => {
      const scoped = textsOf(
        { ...EVALUATION, scope: { areaCodes: ['1'], regionCodes: [], stateCodes: [] } },
        ['1', '2'],
      );

      // Area 2 is out of scope but has text: it is kept after the scoped ones, never dropped.
      expect(scoped.findings.map((finding) => finding.areaCode)).toEqual(['1', '2']);
    });
  });

  describe('missingLanguage', () => {
    it('names the empty language when the other has text', () => {
      expect(missingLanguage({ en: 'Text', ru: '  ' })).toBe('ru');
      expect(missingLanguage({ en: '', ru: 'Текст' })).toBe('en');
    });

    it('says nothing when both or neither are written', () => {
      expect(missingLanguage({ en: 'Text', ru: 'Текст' })).toBeNull();
      expect(missingLanguage(EMPTY_TEXT)).toBeNull();
    });
  });

  it('counts the texts missing in each language', () => {
    const texts = {
      ...textsOf(EVALUATION, ['1', '2']),
      conclusions: { en: '', ru: 'Выводы' },
      recommendations: [
        {
          text: { en: 'Do more.', ru: '' },
          priority: 'high' as const,
          addressee: 'states' as const,
          areaCodes: [],
        },
      ],
    };

    // Summary (en only) and the recommendation lack Russian; the conclusions lack English.
    expect(missingTranslations(texts)).toEqual({ en: 1, ru: 2 });
  });
});
