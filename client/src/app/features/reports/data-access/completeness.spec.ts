import * as shared from '@ppm/shared';
import type { EntryAnswers } from '@ppm/shared';

import {
  areaOf,
  completenessByArea,
  completenessOf,
  missingAnswers,
  submissionProblems,
} from './completeness';

const entry = (actionCode: string, answers: Partial<EntryAnswers> = {}): EntryAnswers => ({
  actionCode,
  participation: null,
  status: null,
  narrative: { text: '' },
  ...answers,
});

describe('completeness (client copy of @ppm/shared)', () => {
  describe('missingAnswers', () => {
    it('asks first for a participation answer', () => {
      expect(missingAnswers(entry('1.1'))).toEqual(['participation']);
    });

    it('takes "not participating" as complete, never as "not started"', () => {
      expect(missingAnswers(entry('1.1', { participation: 'not_participating' }))).toEqual([]);
    });

    it('asks a participating state for a status and a narrative that is not just spaces', () => {
      expect(
        missingAnswers(
          entry('1.1', { participation: 'participating', narrative: { text: '   ' } }),
        ),
      ).toEqual(['status', 'narrative']);
      expect(
        missingAnswers(
          entry('1.1', {
            participation: 'participating',
            status: 'not_started',
            narrative: { text: 'Planned for 2027.' },
          }),
        ),
      ).toEqual([]);
    });
  });

  describe('completenessOf', () => {
    it('counts complete entries and rounds the percentage down', () => {
      const entries = [
        entry('1.1', { participation: 'not_participating' }),
        entry('1.2', {
          participation: 'participating',
          status: 'limited',
          narrative: { text: 'Two trainings.' },
        }),
        entry('1.3', { participation: 'participating' }),
      ];
      // 2 of 3 = 66.67 % → 66
      expect(completenessOf(entries)).toEqual({ complete: 2, total: 3, percent: 66 });
    });

    it('reports 0 % for no entries rather than dividing by zero', () => {
      expect(completenessOf([])).toEqual({ complete: 0, total: 0, percent: 0 });
    });
  });

  describe('completenessByArea', () => {
    it('groups by the area part of the action code, 1.10 under area 1', () => {
      const result = completenessByArea([
        entry('1.1', { participation: 'not_participating' }),
        entry('1.10'),
        entry('2.1', { participation: 'not_participating' }),
      ]);
      expect(result).toEqual({
        '1': { complete: 1, total: 2, percent: 50 },
        '2': { complete: 1, total: 1, percent: 100 },
      });
    });

    it('reads the area of two-digit codes', () => {
      expect(areaOf('12.3')).toBe('12');
    });
  });

  describe('submissionProblems', () => {
    it('lists per action what is missing, and nothing for complete entries', () => {
      expect(
        submissionProblems([
          entry('1.1', { participation: 'not_participating' }),
          entry('1.2', { participation: 'participating', status: 'completed' }),
          entry('3.4'),
        ]),
      ).toEqual([
        { actionCode: '1.2', missing: ['narrative'] },
        { actionCode: '3.4', missing: ['participation'] },
      ]);
    });
  });

  describe('against the shared functions', () => {
    const sample = [
      entry('1.1'),
      entry('1.2', { participation: 'not_participating' }),
      entry('1.10', { participation: 'participating', status: 'limited' }),
      entry('2.1', { participation: 'participating', narrative: { text: 'Done.' } }),
      entry('2.2', {
        participation: 'participating',
        status: 'completed',
        narrative: { text: 'Law adopted.' },
      }),
      entry('6.9', { participation: 'participating', narrative: { text: ' \n ' } }),
    ];

    it('give the same answers on the same entries', () => {
      expect(sample.map(missingAnswers)).toEqual(sample.map(shared.missingAnswers));
      expect(completenessOf(sample)).toEqual(shared.completenessOf(sample));
      expect(completenessByArea(sample)).toEqual(shared.completenessByArea(sample));
      expect(submissionProblems(sample)).toEqual(shared.submissionProblems(sample));
    });
  });
});
