import { glossaryViolations } from './glossary.js';

describe('glossary', () => {
  describe('glossaryViolations', () => {
    it('finds every form of a forbidden variant as a whole word, with its concept', () => {
      expect(glossaryViolations('Выберите направление. Индекс по направлениям.', 'ru')).toEqual([
        { concept: 'area', found: 'направление' },
        { concept: 'area', found: 'направлениям' },
      ]);
    });

    it('leaves words that only start alike, idioms and the allowed term alone', () => {
      expect(glossaryViolations('Отчёт будет направлен; сохраняется по мере ввода; область 1; мерить.', 'ru')).toEqual(
        [],
      );
    });

    it('checks English against the English variants only', () => {
      expect(glossaryViolations('Measures taken in each country', 'en').map((v) => v.concept)).toEqual([
        'action',
        'state',
      ]);
      expect(glossaryViolations('Направление', 'en')).toEqual([]);
    });
  });
});
