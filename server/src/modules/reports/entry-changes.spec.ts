import type { ReportEntry } from '@ppm/shared';
import { AppError } from '../../platform/http/app-error.js';
import { emptyEntry, startingEntries } from './carry-over.js';
import { applyEntryChanges } from './entry-changes.js';

const carried = (actionCode: string): ReportEntry => ({
  ...emptyEntry(actionCode, 'ru'),
  participation: 'participating',
  status: 'substantial',
  narrative: { text: 'Сделано многое.', lang: 'ru' },
  carriedOver: true,
});

describe('applyEntryChanges', () => {
  describe('when a save names some entries', () => {
    it('changes only the fields sent, drops carriedOver from touched entries and says what changed', () => {
      const entries = [carried('1.1'), carried('1.2'), carried('1.3')];
      const result = applyEntryChanges(entries, [{ actionCode: '1.1', status: 'completed' }, { actionCode: '1.3' }]);
      expect(result.entries[0]).toEqual({ ...carried('1.1'), status: 'completed', carriedOver: false });
      expect(result.entries[1]).toBe(entries[1]);
      expect(result.entries[2]).toEqual({ ...carried('1.3'), carriedOver: false });
      expect(result.changes).toEqual([
        { actionCode: '1.1', fields: ['status', 'carriedOver'] },
        { actionCode: '1.3', fields: ['carriedOver'] },
      ]);
      expect(entries[0]!.status).withContext('the input is not changed').toBe('substantial');
    });

    it('counts a change of a text’s language as a change of that text', () => {
      const result = applyEntryChanges(
        [carried('1.1')],
        [{ actionCode: '1.1', narrative: { text: 'Сделано многое.', lang: 'en' } }],
      );
      expect(result.changes).toEqual([{ actionCode: '1.1', fields: ['narrative', 'carriedOver'] }]);
    });

    it('reports nothing for an untouched-equivalent save of a fresh entry', () => {
      const result = applyEntryChanges([emptyEntry('1.1', 'en')], [{ actionCode: '1.1', participation: null }]);
      expect(result.changes).toEqual([]);
    });
  });

  describe('when a save names unknown or repeated actions', () => {
    it('throws 400 with one detail per bad entry', () => {
      let thrown: unknown;
      try {
        applyEntryChanges([carried('1.1')], [{ actionCode: '7.1' }, { actionCode: '1.1' }, { actionCode: '1.1' }]);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toEqual(jasmine.any(AppError));
      expect((thrown as AppError).message).toBe('Unknown actions: 7.1.');
      expect((thrown as AppError).details).toEqual([
        { path: 'entries.0.actionCode', message: '7.1 is not an action of this report', actionCode: '7.1' },
        { path: 'entries.2.actionCode', message: '1.1 is sent twice', actionCode: '1.1' },
      ]);
    });
  });
});

describe('startingEntries', () => {
  describe('when the previous report answered some of today’s actions', () => {
    it('copies those answers marked carriedOver, leaves new actions empty, and drops retired ones', () => {
      const previous = [{ ...carried('1.1'), carriedOver: false, reviewComment: 'Old remark' }, carried('1.9')];
      const entries = startingEntries(['1.1', '1.2'], previous, 'en');
      expect(entries).toEqual([{ ...carried('1.1'), carriedOver: true, reviewComment: null }, emptyEntry('1.2', 'en')]);
    });
  });
});
