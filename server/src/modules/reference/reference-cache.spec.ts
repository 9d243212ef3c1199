import mongoose from 'mongoose';
import { resetDatabase } from '../../testing/test-database.js';
import { ReferenceCache } from './reference-cache.js';
import { markReferenceChanged, referenceStamp } from './reference-stamp.js';

/** A loader that counts its database reads and answers the current `value`. */
function countingLoader(initial: { names: string[] }) {
  let current = initial;
  let loads = 0;
  return {
    load: () => {
      loads += 1;
      return Promise.resolve(structuredClone(current));
    },
    set: (next: { names: string[] }) => (current = next),
    loads: () => loads,
  };
}

const view = (value: { names: string[] }) => value.names;

describe('ReferenceCache', () => {
  beforeEach(resetDatabase);

  describe('when nothing changed since the value was loaded', () => {
    it('answers from memory with the JSON and ETag made once', async () => {
      const cache = new ReferenceCache();
      const source = countingLoader({ names: ['Austria'] });
      const first = await cache.get('states', source.load, view);
      const second = await cache.get('states', source.load, view);
      expect(source.loads()).toBe(1);
      expect(second).toBe(first);
      expect(first.body.toString()).toBe('["Austria"]');
      expect(first.etag).toMatch(/^"[\w-]{27}"$/);
    });

    it('freezes the shared value so no caller can change it for the others', async () => {
      const cached = await new ReferenceCache().get('states', countingLoader({ names: ['Austria'] }).load, view);
      expect(() => cached.value.names.push('Mars')).toThrowError(TypeError);
    });
  });

  describe('when another process marked a change (the stamp moved)', () => {
    it('loads again at the next use, and the ETag follows the content', async () => {
      const here = new ReferenceCache();
      const elsewhere = new ReferenceCache();
      const source = countingLoader({ names: ['Austria'] });
      const before = await here.get('states', source.load, view);
      await elsewhere.get('states', source.load, view);

      source.set({ names: ['Austria', 'Belgium'] });
      await markReferenceChanged();

      const after = await here.get('states', source.load, view);
      expect(after.body.toString()).toBe('["Austria","Belgium"]');
      expect(after.etag).not.toBe(before.etag);
      expect(source.loads()).toBe(3);
    });
  });

  describe('when the stamp document is missing (a database older than it, or emptied)', () => {
    it('creates one and loads, and a cache filled before the deletion loads again', async () => {
      const cache = new ReferenceCache();
      const source = countingLoader({ names: ['Austria'] });
      await cache.get('states', source.load, view);
      await referenceStamp.remove();

      await cache.get('states', source.load, view);
      expect(source.loads()).toBe(2);
      expect(await mongoose.connection.collection('change_stamps').countDocuments({ _id: 'reference' } as object)).toBe(
        1,
      );
    });
  });

  describe('when a load fails', () => {
    it('keeps nothing, so the next use tries again', async () => {
      const cache = new ReferenceCache();
      await expectAsync(cache.get('plan', () => Promise.reject(new Error('no plan yet')), view)).toBeRejectedWithError(
        'no plan yet',
      );
      const loaded = await cache.get('plan', countingLoader({ names: ['1.1'] }).load, view);
      expect(loaded.value.names).toEqual(['1.1']);
    });
  });

  describe('when the copy is older than five minutes', () => {
    it('loads again even though the stamp did not move (a writer may have stopped before marking)', async () => {
      let now = 0;
      const cache = new ReferenceCache(undefined, () => now);
      const source = countingLoader({ names: ['Austria'] });
      await cache.get('states', source.load, view);
      now = 4 * 60_000;
      await cache.get('states', source.load, view);
      expect(source.loads()).toBe(1);
      now = 5 * 60_000;
      await cache.get('states', source.load, view);
      expect(source.loads()).toBe(2);
    });
  });
});
