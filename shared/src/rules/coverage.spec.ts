import { coverageRows, untouchedActions } from './coverage.js';
import { evidenceCount, supportNeeds } from './support.js';
import { entry, report } from './testing.js';

const reports = [
  report('AT', [
    entry('1.1', { status: 'limited', supportCategories: ['training', 'funding'], evidenceCount: 2 }),
    entry('1.2', { participation: 'not_participating', supportCategories: ['training'] }),
    entry('2.1', { status: 'not_started', supportCategories: ['expertise'], evidenceCount: 1 }),
  ]),
  report('GE', [
    entry('1.1', { status: null }),
    entry('1.2', { participation: null }),
    entry('2.1', { status: 'not_started' }),
  ]),
];

describe('figures: coverage and support', () => {
  it('maps states x actions with the status, not participating, or nothing yet', () => {
    expect(coverageRows(reports, ['1.1', '1.2', '2.1', '3.1'])).toEqual([
      { stateCode: 'AT', cells: ['limited', 'not_participating', 'not_started', null] },
      { stateCode: 'GE', cells: [null, null, 'not_started', null] },
    ]);
  });

  it('finds untouched actions: nobody beyond not started', () => {
    expect(untouchedActions(reports, ['1.1', '1.2', '2.1', '3.1'])).toEqual(['1.2', '2.1', '3.1']);
  });

  it('counts support asked for by participating entries, by category and area', () => {
    const needs = supportNeeds(reports, ['1', '2']);
    expect(needs.byCategory).toEqual({
      training: 1,
      expertise: 1,
      funding: 1,
      exchange_of_practice: 0,
      equipment: 0,
      other: 0,
    });
    expect(needs.byArea.map((area) => [area.areaCode, area.total, area.byCategory.training])).toEqual([
      ['1', 1, 1],
      ['2', 1, 0],
    ]);
  });

  it('counts evidence', () => {
    expect(evidenceCount(reports)).toBe(3);
  });
});
