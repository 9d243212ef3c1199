import {
  DEFAULT_REVIEW_SORT,
  NO_REVIEW_FILTER,
  type ReviewSortColumn,
  filterReviewRows,
  regionOptions,
  sortReviewRows,
  summarizeReviewRows,
  toReviewRowViews,
} from './review-rows';
import { OPEN_CYCLE, REGIONS, REVIEW_ROWS, STATES } from './testing/cycles-fixture';

describe('review rows', () => {
  const english = toReviewRowViews(REVIEW_ROWS, OPEN_CYCLE, STATES, REGIONS, 'en');
  const codes = (rows: readonly { stateCode: string }[]): string[] =>
    rows.map((row) => row.stateCode);

  describe('toReviewRowViews', () => {
    it('names states and regions in the active language', () => {
      const russian = toReviewRowViews(REVIEW_ROWS, OPEN_CYCLE, STATES, REGIONS, 'ru');

      expect(english[3]).toEqual(
        jasmine.objectContaining({ stateName: 'Kazakhstan', regionName: 'Central Asia' }),
      );
      expect(russian[3]).toEqual(
        jasmine.objectContaining({ stateName: 'Казахстан', regionName: 'Центральная Азия' }),
      );
    });

    it("marks a deadline later than the cycle's as extended", () => {
      expect(english.filter((row) => row.extended).map((row) => row.stateCode)).toEqual(['KZ']);
    });

    it('shows the code of a state it has no name for', () => {
      const [unknown] = toReviewRowViews(
        [{ ...REVIEW_ROWS[0], stateCode: 'XK', region: 'WB' }],
        OPEN_CYCLE,
        STATES,
        REGIONS,
        'en',
      );

      expect([unknown.stateName, unknown.regionName]).toEqual(['XK', 'WB']);
    });
  });

  describe('filterReviewRows', () => {
    it('keeps everything without a filter', () => {
      expect(filterReviewRows(english, NO_REVIEW_FILTER, STATES)).toEqual(english);
    });

    it('narrows by region, status and lateness together', () => {
      const centralAsia = { ...NO_REVIEW_FILTER, region: 'CA' };

      expect(codes(filterReviewRows(english, centralAsia, STATES))).toEqual(['KZ', 'UZ']);
      expect(codes(filterReviewRows(english, { ...centralAsia, lateOnly: true }, STATES))).toEqual([
        'UZ',
      ]);
      expect(
        codes(filterReviewRows(english, { ...NO_REVIEW_FILTER, status: 'approved' }, STATES)),
      ).toEqual(['AT']);
    });

    it('finds a state by its name in either language or its code, ignoring case and accents', () => {
      const find = (text: string) =>
        codes(filterReviewRows(english, { ...NO_REVIEW_FILTER, text }, STATES));

      expect(find('kaz')).toEqual(['KZ']);
      expect(find('Австр')).toEqual(['AT']);
      expect(find('cz')).toEqual(['CZ']);
      expect(find('  ')).toEqual(codes(english));
    });
  });

  describe('sortReviewRows', () => {
    const sorted = (column: ReviewSortColumn, direction: 'asc' | 'desc' = 'asc') =>
      codes(sortReviewRows(english, { column, direction }, 'en'));

    it('sorts by state name by default, the Russian way in Russian', () => {
      const russian = toReviewRowViews(REVIEW_ROWS, OPEN_CYCLE, STATES, REGIONS, 'ru');

      expect(codes(sortReviewRows(english, DEFAULT_REVIEW_SORT, 'en'))).toEqual([
        'AM',
        'AT',
        'CZ',
        'KZ',
        'UZ',
      ]);
      expect(codes(sortReviewRows(russian, DEFAULT_REVIEW_SORT, 'ru'))).toEqual([
        'AT',
        'AM',
        'KZ',
        'UZ',
        'CZ',
      ]);
    });

    it('sorts statuses in workflow order, not alphabetically', () => {
      expect(sorted('status')).toEqual(['CZ', 'KZ', 'UZ', 'AM', 'AT']);
      expect(sorted('status', 'desc')).toEqual(['AT', 'AM', 'UZ', 'KZ', 'CZ']);
    });

    it('sorts by completeness, ties by name', () => {
      expect(sorted('completeness', 'desc')).toEqual(['AM', 'AT', 'UZ', 'KZ', 'CZ']);
    });

    it('keeps states that never submitted last, whichever the direction', () => {
      expect(sorted('submittedAt')).toEqual(['AT', 'AM', 'UZ', 'CZ', 'KZ']);
      expect(sorted('submittedAt', 'desc')).toEqual(['UZ', 'AM', 'AT', 'CZ', 'KZ']);
    });

    it('puts late states first when sorted by lateness descending', () => {
      expect(sorted('late', 'desc')).toEqual(['CZ', 'UZ', 'AM', 'AT', 'KZ']);
    });

    it('sorts by deadline, the extended one last', () => {
      expect(sorted('deadline').at(-1)).toBe('KZ');
    });
  });

  it('counts the states per status and the late ones', () => {
    expect(summarizeReviewRows(REVIEW_ROWS)).toEqual({
      expected: 5,
      counts: { not_started: 1, draft: 1, returned: 1, submitted: 1, approved: 1 },
      late: 2,
    });
    expect(summarizeReviewRows([]).counts.approved).toBe(0);
  });

  it('offers the regions that occur, by name', () => {
    expect(regionOptions(english, 'en')).toEqual([
      { code: 'CA', name: 'Central Asia' },
      { code: 'EAP', name: 'Eastern Partnership' },
      { code: 'EU', name: 'EU member states' },
    ]);
  });
});
