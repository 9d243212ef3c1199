import referenceData from '../reference/reference-data.json' with { type: 'json' };
import {
  overallFigures,
  progressGroups,
  SCALE_SCORES,
  scoreChange,
  scoreOf,
  suppressSmallGroups,
  type GroupFigures,
} from './progress.js';
import { entry, report } from './testing.js';

const REGIONS: Record<string, string> = { AT: 'EU', DE: 'EU', GE: 'EAP', AM: 'EAP', KZ: 'CA' };
const context = { regionOf: (state: string) => REGIONS[state] };

describe('figures: progress', () => {
  describe('scoreOf', () => {
    it('is the mean score of entries with a status as a percentage of 3, one decimal', () => {
      // (0 + 1 + 2 + 3 + 3) / 5 = 1.8 → 60.0 %; (1 + 2 + 2) / 3 = 1.667 → 55.6 %
      expect(scoreOf({ not_started: 1, limited: 1, substantial: 1, completed: 2 })).toBe(60);
      expect(scoreOf({ not_started: 0, limited: 1, substantial: 2, completed: 0 })).toBe(55.6);
      expect(scoreOf({ not_started: 0, limited: 1, substantial: 0, completed: 0 })).toBe(33.3);
    });

    it('is null when no entry has a status', () => {
      expect(scoreOf({ not_started: 0, limited: 0, substantial: 0, completed: 0 })).toBeNull();
    });

    it('uses the scores of the reference scale', () => {
      for (const level of referenceData.implementationScale) {
        expect(SCALE_SCORES[level.code as keyof typeof SCALE_SCORES]).toBe(level.score);
      }
    });
  });

  describe('progressGroups', () => {
    const reports = [
      report('AT', [
        entry('1.1', { status: 'completed' }),
        entry('1.2', { participation: 'not_participating' }),
        entry('2.1', { status: 'limited' }),
      ]),
      report('GE', [
        entry('1.1', { status: 'not_started' }),
        entry('1.2', { status: 'substantial' }),
        entry('2.1', { participation: null }),
      ]),
      report('KZ', [entry('1.1', { status: null }), entry('1.2', { participation: 'not_participating' })]),
    ];

    it('counts by area, with not participating apart and never in the score', () => {
      const groups = progressGroups(reports, 'area', { ...context, keys: ['1', '2', '3'] });
      expect(groups.map((group) => group.key)).toEqual(['1', '2', '3']);
      // Area 1: AT completed(3), GE not_started(0) and substantial(2), KZ participating without status.
      expect(groups[0]).toEqual({
        key: '1',
        reports: 3,
        participating: 4,
        notParticipating: 2,
        unanswered: 0,
        byStatus: { not_started: 1, limited: 0, substantial: 1, completed: 1 },
        score: 55.6, // (3 + 0 + 2) / 3 = 1.667 of 3
        suppressed: false,
      });
      expect(groups[1]).toEqual(
        jasmine.objectContaining({ key: '2', reports: 2, participating: 1, unanswered: 1, score: 33.3 }),
      );
      expect(groups[2]).toEqual(jasmine.objectContaining({ key: '3', reports: 0, participating: 0, score: null }));
    });

    it('counts by action, state and region', () => {
      const byAction = progressGroups(reports, 'action', context);
      expect(byAction.map((group) => [group.key, group.score])).toEqual([
        ['1.1', 50], // (3 + 0) / 2 = 1.5
        ['1.2', 66.7], // 2 / 3
        ['2.1', 33.3],
      ]);
      const byState = progressGroups(reports, 'state', context);
      expect(byState.map((group) => [group.key, group.reports, group.score])).toEqual([
        ['AT', 1, 66.7], // (3 + 1) / 2 = 2
        ['GE', 1, 33.3], // (0 + 2) / 2 = 1
        ['KZ', 1, null],
      ]);
      const byRegion = progressGroups(reports, 'region', context);
      expect(byRegion.map((group) => [group.key, group.reports, group.notParticipating])).toEqual([
        ['CA', 1, 1],
        ['EAP', 1, 0],
        ['EU', 1, 1],
      ]);
    });

    it('orders action codes numerically', () => {
      const groups = progressGroups([report('AT', [entry('1.10'), entry('1.9'), entry('1.2')])], 'action', context);
      expect(groups.map((group) => group.key)).toEqual(['1.2', '1.9', '1.10']);
    });
  });

  describe('suppressSmallGroups', () => {
    it('withholds the figures of groups built from fewer than three states', () => {
      const groups: GroupFigures[] = progressGroups(
        [
          report('AT', [entry('1.1', { status: 'completed' })]),
          report('GE', [entry('1.1'), entry('2.1')]),
          report('KZ', [entry('1.1')]),
        ],
        'area',
        context,
      );
      const shown = suppressSmallGroups(groups);
      expect(shown[0]).toEqual(jasmine.objectContaining({ key: '1', reports: 3, suppressed: false, score: 100 }));
      expect(shown[1]).toEqual({
        key: '2',
        reports: 1,
        participating: null,
        notParticipating: null,
        unanswered: null,
        byStatus: null,
        score: null,
        suppressed: true,
      });
    });
  });

  describe('scoreChange', () => {
    it('is the difference in points with one decimal, or null', () => {
      expect(scoreChange(55.6, 33.3)).toBe(22.3);
      expect(scoreChange(40, 66.7)).toBe(-26.7);
      expect(scoreChange(null, 10)).toBeNull();
      expect(scoreChange(10, null)).toBeNull();
    });
  });
});

describe('figures: overallFigures', () => {
  it('puts every entry of every report in one group', () => {
    const overall = overallFigures([
      report('AT', [entry('1.1', { status: 'completed' }), entry('2.1', { participation: 'not_participating' })]),
      report('GE', [entry('1.1', { status: 'limited' }), entry('3.1', { participation: null })]),
    ]);
    expect(overall).toEqual({
      key: 'all',
      reports: 2,
      participating: 2,
      notParticipating: 1,
      unanswered: 1,
      byStatus: { not_started: 0, limited: 1, substantial: 0, completed: 1 },
      score: 66.7, // (3 + 1) / 2 = 2 of 3
      suppressed: false,
    });
  });
});
