import { createEvaluationSchema, updateEvaluationSchema, MAX_EVALUATION_TEXT_LENGTH } from './evaluation.schema.js';

const CYCLE = '0123456789abcdef01234567';

describe('evaluation schemas', () => {
  describe('createEvaluationSchema', () => {
    it('accepts a title in one language and fills the scope with empty lists', () => {
      const parsed = createEvaluationSchema.parse({
        title: { en: 'Mid-term evaluation' },
        cycleIds: [CYCLE],
        scope: {},
      });
      expect(parsed.title).toEqual({ en: 'Mid-term evaluation', ru: '' });
      expect(parsed.scope).toEqual({ areaCodes: [], regionCodes: [], stateCodes: [] });
    });

    it('refuses empty cycleIds, an operator for a title, a cycle named twice and no title at all', () => {
      expect(createEvaluationSchema.safeParse({ title: { en: 'E' }, cycleIds: [] }).success).toBeFalse();
      expect(createEvaluationSchema.safeParse({ title: { $gt: '' }, cycleIds: [CYCLE] }).success).toBeFalse();
      expect(createEvaluationSchema.safeParse({ title: { en: 'E' }, cycleIds: [CYCLE, CYCLE] }).success).toBeFalse();
      expect(createEvaluationSchema.safeParse({ title: { en: ' ', ru: '' }, cycleIds: [CYCLE] }).success).toBeFalse();
    });

    it('takes criteria as known codes or with labels, and refuses malformed codes', () => {
      const parsed = createEvaluationSchema.parse({
        title: { en: 'E' },
        cycleIds: [CYCLE],
        criteria: ['relevance', { code: 'sustainability', label: { en: 'Sustainability', ru: 'Устойчивость' } }],
      });
      expect(parsed.criteria?.length).toBe(2);
      expect(
        createEvaluationSchema.safeParse({ title: { en: 'E' }, cycleIds: [CYCLE], criteria: ['Not A Code'] }).success,
      ).toBeFalse();
    });
  });

  describe('updateEvaluationSchema', () => {
    it('refuses a text one character over the limit and accepts one at the limit', () => {
      const at = 'a'.repeat(MAX_EVALUATION_TEXT_LENGTH);
      expect(updateEvaluationSchema.safeParse({ version: 1, executiveSummary: { en: at } }).success).toBeTrue();
      expect(updateEvaluationSchema.safeParse({ version: 1, executiveSummary: { en: `${at}a` } }).success).toBeFalse();
    });

    it('refuses a recommendation with an unknown priority or addressee', () => {
      const recommendation = { text: { en: 'Do' }, priority: 'high', addressee: 'states', areaCodes: ['1'] };
      expect(updateEvaluationSchema.safeParse({ version: 2, recommendations: [recommendation] }).success).toBeTrue();
      expect(
        updateEvaluationSchema.safeParse({ version: 2, recommendations: [{ ...recommendation, priority: 'urgent' }] })
          .success,
      ).toBeFalse();
      expect(
        updateEvaluationSchema.safeParse({ version: 2, recommendations: [{ ...recommendation, addressee: 'media' }] })
          .success,
      ).toBeFalse();
    });
  });
});
