import type { Area } from '@ppm/shared';
import { AppError } from '../../platform/http/app-error.js';
import { nextActionCode, reorderActions } from './plan-edits.js';

const title = { en: 'T', ru: 'Т' };
const area = (codes: string[], retired: string[] = []): Area => ({
  code: '4',
  title,
  shortTitle: title,
  actions: codes.map((code) => ({ code, title, retired: retired.includes(code) })),
});

describe('nextActionCode', () => {
  describe('when the area has 4.1 to 4.8', () => {
    it('gives 4.9', () => {
      expect(nextActionCode(area(['4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '4.7', '4.8']))).toBe('4.9');
    });
  });

  describe('when the highest code is retired and the list was reordered', () => {
    it('still counts it, giving 4.11 after 4.10', () => {
      expect(nextActionCode(area(['4.10', '4.2', '4.1'], ['4.10']))).toBe('4.11');
    });
  });

  describe('when the area is empty', () => {
    it('starts at 4.1', () => {
      expect(nextActionCode(area([]))).toBe('4.1');
    });
  });

  describe('when 4.99 is taken', () => {
    it('refuses with 409 area_full', () => {
      expect(() => nextActionCode(area(['4.99']))).toThrowMatching(
        (error) => error instanceof AppError && error.status === 409 && error.code === 'area_full',
      );
    });
  });
});

describe('reorderActions', () => {
  describe('when given a permutation', () => {
    it('returns the actions in that order, keeping their fields', () => {
      const result = reorderActions(area(['4.1', '4.2', '4.3'], ['4.2']), ['4.3', '4.2', '4.1']);
      expect(result).toEqual([
        { code: '4.3', title, retired: false },
        { code: '4.2', title, retired: true },
        { code: '4.1', title, retired: false },
      ]);
    });
  });

  describe('when a retired action is left out', () => {
    it('refuses with 400: retired actions keep their place too', () => {
      expect(() => reorderActions(area(['4.1', '4.2'], ['4.2']), ['4.1'])).toThrowMatching(
        (error) => error instanceof AppError && error.status === 400,
      );
    });
  });
});
