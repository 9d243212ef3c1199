import { NO_QUERY, paramsFromQuery, queryFromParams } from './analytics-query';

describe('analytics query', () => {
  describe('queryFromParams', () => {
    it('reads every filter of a bookmarked address', () => {
      expect(
        queryFromParams({
          cycleId: 'c2025',
          basis: 'submitted',
          regionCode: 'CA',
          areaCode: '1',
          actionCode: '1.2',
          stateCode: 'KZ',
          status: 'limited',
          q: 'границ',
          page: '3',
        }),
      ).toEqual({
        cycleId: 'c2025',
        basis: 'submitted',
        regionCode: 'CA',
        areaCode: '1',
        actionCode: '1.2',
        stateCode: 'KZ',
        status: 'limited',
        q: 'границ',
        page: 3,
      });
    });

    it('falls back to "not chosen" for values that cannot be right', () => {
      expect(
        queryFromParams({
          cycleId: '../admin',
          basis: 'everything',
          status: 'lost',
          page: '-2',
          regionCode: '',
        }),
      ).toEqual(NO_QUERY);
    });

    it('cuts an over-long search text to 200 characters', () => {
      expect(queryFromParams({ q: 'x'.repeat(500) }).q.length).toBe(200);
    });
  });

  describe('paramsFromQuery', () => {
    it('leaves defaults out so links stay short and "latest cycle" stays the latest', () => {
      expect(paramsFromQuery(NO_QUERY)).toEqual({
        cycleId: null,
        basis: null,
        regionCode: null,
        areaCode: null,
        actionCode: null,
        stateCode: null,
        status: null,
        q: null,
        page: null,
      });
    });

    it('reads back what it wrote', () => {
      const query = { ...NO_QUERY, cycleId: 'c1', basis: 'submitted' as const, q: 'x', page: 2 };
      const params = paramsFromQuery(query);
      const written = Object.fromEntries(
        Object.entries(params).filter((pair): pair is [string, string] => pair[1] !== null),
      );
      expect(queryFromParams(written)).toEqual(query);
    });
  });
});
