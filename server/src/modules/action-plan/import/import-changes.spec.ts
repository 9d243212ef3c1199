import type { Area } from '@ppm/shared';
import { mergeImport } from './import-changes.js';

const t = (en: string) => ({ en, ru: `${en} (ru)` });
const areas: Area[] = [
  {
    code: '1',
    title: t('Area 1'),
    shortTitle: t('A1'),
    actions: [
      { code: '1.1', title: t('One'), retired: false },
      { code: '1.2', title: t('Two'), retired: false },
      { code: '1.3', title: t('Three'), retired: true },
      { code: '1.4', title: t('Four'), retired: false },
    ],
  },
  { code: '2', title: t('Area 2'), shortTitle: t('A2'), actions: [{ code: '2.1', title: t('Alpha'), retired: false }] },
];

describe('mergeImport', () => {
  describe('when the file keeps, retitles, restores, adds and leaves out actions', () => {
    // File order: 1.4 (same), 1.5 (new), 1.3 (retired, back, new title), 1.1 (new Russian title); 1.2 and 2.1 left out.
    const imported = [
      { code: '1.4', title: t('Four') },
      { code: '1.5', title: t('Five') },
      { code: '1.3', title: t('Three again') },
      { code: '1.1', title: { en: 'One', ru: 'Один' } },
    ];

    it('lists each kind of change', () => {
      expect(mergeImport(areas, imported).changes).toEqual({
        added: ['1.5'],
        removed: ['1.2', '2.1'],
        restored: ['1.3'],
        retitled: [
          { code: '1.3', before: t('Three'), after: t('Three again') },
          { code: '1.1', before: t('One'), after: { en: 'One', ru: 'Один' } },
        ],
        unchanged: 1,
      });
    });

    it('puts the imported actions first in file order, then the left-out ones retired', () => {
      const merged = mergeImport(areas, imported).areas;
      expect(merged[0]!.actions).toEqual([
        { code: '1.4', title: t('Four'), retired: false },
        { code: '1.5', title: t('Five'), retired: false },
        { code: '1.3', title: t('Three again'), retired: false },
        { code: '1.1', title: { en: 'One', ru: 'Один' }, retired: false },
        { code: '1.2', title: t('Two'), retired: true },
      ]);
      expect(merged[1]!.actions).toEqual([{ code: '2.1', title: t('Alpha'), retired: true }]);
      expect(merged[1]!.title).toEqual(t('Area 2'));
    });

    it('leaves the input untouched', () => {
      mergeImport(areas, imported);
      expect(areas[0]!.actions[2]!.retired).toBeTrue();
      expect(areas[0]!.actions.length).toBe(4);
    });
  });

  describe('when the file holds exactly the actions in force', () => {
    it('reports only unchanged ones and keeps the retired one retired (not "removed" again)', () => {
      const same = [
        { code: '1.1', title: t('One') },
        { code: '1.2', title: t('Two') },
        { code: '1.4', title: t('Four') },
        { code: '2.1', title: t('Alpha') },
      ];
      const { changes, areas: merged } = mergeImport(areas, same);
      expect(changes).toEqual({ added: [], removed: [], restored: [], retitled: [], unchanged: 4 });
      expect(merged[0]!.actions.map((action) => [action.code, action.retired])).toEqual([
        ['1.1', false],
        ['1.2', false],
        ['1.4', false],
        ['1.3', true],
      ]);
    });
  });
});
