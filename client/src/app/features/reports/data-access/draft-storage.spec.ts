import { DraftStorage, draftStorageKey } from './draft-storage';

describe('DraftStorage', () => {
  const key = { cycleId: 'c1', stateCode: 'KZ', userId: 'u1' };
  const draft = {
    version: 4,
    savedAt: '2026-11-29T10:00:00.000Z',
    edits: { '1.1': { values: { status: 'completed' as const }, base: { status: null } } },
  };
  let storage: DraftStorage;

  beforeEach(() => {
    localStorage.removeItem(draftStorageKey(key));
    storage = new DraftStorage();
  });

  afterEach(() => localStorage.removeItem(draftStorageKey(key)));

  it('keeps edits per cycle, state and person', () => {
    expect(storage.write(key, draft)).toBeTrue();

    expect(storage.read(key)).toEqual(draft);
    expect(storage.read({ ...key, userId: 'u2' })).toBeNull();
    expect(storage.read({ ...key, stateCode: 'AT' })).toBeNull();
  });

  it('forgets them when cleared', () => {
    storage.write(key, draft);
    storage.clear(key);

    expect(storage.read(key)).toBeNull();
  });

  it('ignores what it cannot read', () => {
    localStorage.setItem(draftStorageKey(key), '{ not json');
    expect(storage.read(key)).toBeNull();

    localStorage.setItem(draftStorageKey(key), JSON.stringify({ version: 'four', edits: [] }));
    expect(storage.read(key)).toBeNull();
  });
});
