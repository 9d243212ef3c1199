import { diffValues } from './audit-diff';

describe('diffValues', () => {
  it('lists only the fields that changed, by path', () => {
    const before = { code: '1.2', title: { en: 'Old', ru: 'Старое' }, retired: false };
    const after = { code: '1.2', title: { en: 'New', ru: 'Старое' }, retired: true };

    expect(diffValues(before, after)).toEqual([
      { path: 'title.en', segments: ['title', 'en'], before: 'Old', after: 'New' },
      { path: 'retired', segments: ['retired'], before: false, after: true },
    ]);
  });

  it('lists every field of something created', () => {
    expect(
      diffValues(null, { code: 'MENA', name: { en: 'Middle East', ru: 'Ближний Восток' } }),
    ).toEqual([
      { path: 'code', segments: ['code'], before: undefined, after: 'MENA' },
      { path: 'name.en', segments: ['name', 'en'], before: undefined, after: 'Middle East' },
      { path: 'name.ru', segments: ['name', 'ru'], before: undefined, after: 'Ближний Восток' },
    ]);
  });

  it('shows a new order of codes as one line before and after', () => {
    expect(diffValues(['1.1', '1.2', '1.3'], ['1.2', '1.1', '1.3'])).toEqual([
      { path: '', segments: [], before: '1.1, 1.2, 1.3', after: '1.2, 1.1, 1.3' },
    ]);
  });

  it('keys lists of actions by code, so only real changes show', () => {
    const before = [
      { code: '1.1', title: { en: 'A', ru: 'А' }, retired: false },
      { code: '1.2', title: { en: 'B', ru: 'Б' }, retired: false },
    ];
    const after = [
      { code: '1.2', title: { en: 'B', ru: 'Б' }, retired: false },
      { code: '1.1', title: { en: 'A', ru: 'А' }, retired: true },
      { code: '1.3', title: { en: 'C', ru: 'В' }, retired: false },
    ];

    expect(diffValues(before, after).map((row) => [row.path, row.before, row.after])).toEqual([
      ['1.1.retired', false, true],
      ['1.3.code', undefined, '1.3'],
      ['1.3.title.en', undefined, 'C'],
      ['1.3.title.ru', undefined, 'В'],
      ['1.3.retired', undefined, false],
    ]);
  });

  it('keeps fields that only the old value had', () => {
    expect(diffValues({ note: 'UNSCR 1244', active: true }, { active: true })).toEqual([
      { path: 'note', segments: ['note'], before: 'UNSCR 1244', after: undefined },
    ]);
  });

  it('finds nothing when nothing was recorded', () => {
    expect(diffValues(null, null)).toEqual([]);
  });
});
