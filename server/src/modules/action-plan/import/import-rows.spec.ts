import { referenceData } from '@ppm/shared';
import { checkImportRows } from './import-rows.js';
import type { SheetCell, SheetRow } from './spreadsheet-reader.js';

const areas = referenceData.actionPlan.areas;
const text = (value: string): SheetCell => (value === '' ? { kind: 'empty', text: '' } : { kind: 'text', text: value });
const row = (number: number, cells: (string | SheetCell)[]): SheetRow => ({
  row: number,
  cells: cells.map((cell) => (typeof cell === 'string' ? text(cell) : cell)),
});
const header = row(1, ['area', 'action code', 'title (English)', 'title (Russian)']);
/** One good row per area, so that no area is left empty. */
const oneRowPerArea = (from: number) =>
  ['1', '2', '3', '4', '5', '6'].map((area, index) => row(from + index, [area, `${area}.1`, `T${area}`, `Т${area}`]));

describe('checkImportRows', () => {
  describe('when every row is right', () => {
    it('returns the actions in file order and no errors', () => {
      const result = checkImportRows([header, ...oneRowPerArea(2)], areas);
      expect(result.errors).toEqual([]);
      expect(result.rows.every((checked) => checked.errors.length === 0)).toBeTrue();
      expect(result.actions.map((action) => action.code)).toEqual(['1.1', '2.1', '3.1', '4.1', '5.1', '6.1']);
      expect(result.actions[0]).toEqual({ code: '1.1', title: { en: 'T1', ru: 'Т1' } });
    });
  });

  describe('when the columns are in another order and named in Russian', () => {
    it('finds them by name', () => {
      const russian = row(1, ['Название (русский)', 'Код действия', 'Область', 'Название (английский)']);
      const result = checkImportRows(
        [
          russian,
          ...['1', '2', '3', '4', '5', '6'].map((area, index) =>
            row(index + 2, [`Р${area}`, `${area}.1`, area, `E${area}`]),
          ),
        ],
        areas,
      );
      expect(result.errors).toEqual([]);
      expect(result.actions[5]).toEqual({ code: '6.1', title: { en: 'E6', ru: 'Р6' } });
    });
  });

  describe('when a cell is not plain text', () => {
    it('explains a numeric action code, a date, an error value, and accepts a numeric area', () => {
      const result = checkImportRows(
        [
          header,
          ...oneRowPerArea(2),
          row(8, [{ kind: 'number', text: '1' }, { kind: 'number', text: '1.1' }, 'x', 'y']),
          row(9, ['1', '1.7', { kind: 'date', text: '2024-03-01' }, { kind: 'error', text: '#REF!' }]),
        ],
        areas,
      );
      expect(result.rows.find((checked) => checked.row === 8)?.errors).toEqual([
        'The action code 1.1 is stored as a number, which cannot tell 1.1 from 1.10; format the column as Text and type the code again.',
      ]);
      expect(result.rows.find((checked) => checked.row === 9)?.errors).toEqual([
        'The English title holds a date (2024-03-01) instead of text.',
        'The Russian title holds the error value #REF!.',
      ]);
    });
  });

  describe('when the header is missing', () => {
    it('gives one file error naming the missing columns', () => {
      const result = checkImportRows([row(1, ['1', '1.1', 'A', 'Б'])], areas);
      expect(result.errors).toEqual([
        'Row 1 must name the columns: area, action code, title (English), title (Russian). ' +
          'Not found: area, action code, title (English), title (Russian). Start from the template.',
      ]);
      expect(result.rows).toEqual([]);
    });
  });

  describe('when an area gets no action', () => {
    it('says which area', () => {
      const result = checkImportRows([header, ...oneRowPerArea(2).slice(0, 5)], areas);
      expect(result.errors).toEqual([
        'Area 6 (Strengthening capacities in the area of asylum and international protection) has no actions in the file; every area needs at least one.',
      ]);
    });
  });

  describe('when blank rows follow the last action', () => {
    it('ignores them, unlike a blank row in between', () => {
      const result = checkImportRows(
        [
          header,
          ...oneRowPerArea(2).slice(0, 3),
          row(5, ['', '', '', '']),
          ...oneRowPerArea(3).slice(3),
          row(9, []),
          row(10, ['', '']),
        ],
        areas,
      );
      const expected: [number, string[]][] = [
        [2, []],
        [3, []],
        [4, []],
        [5, ['The row is empty; delete it or fill it in.']],
        [6, []],
        [7, []],
        [8, []],
      ];
      expect(result.rows.map((checked) => [checked.row, checked.errors])).toEqual(expected);
      expect(result.errors).toEqual([]);
    });
  });
});
