import { FreshRead } from './fresh-read.js';

/** A read whose answers the spec hands out one at a time, counting how many reads began. */
function controlledRead() {
  const pending: ((value: number) => void)[] = [];
  let started = 0;
  const read = () =>
    new Promise<number>((resolve) => {
      started += 1;
      pending.push(resolve);
    });
  return { read, started: () => started, answer: (value: number) => pending.shift()!(value) };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('FreshRead', () => {
  describe('when nothing is being read', () => {
    it('starts one read at the end of the turn, shared by every caller of that turn', async () => {
      const source = controlledRead();
      const fresh = new FreshRead(source.read);
      const callers = [fresh.get(), fresh.get(), fresh.get()];
      expect(source.started()).toBe(0);
      await settle();
      expect(source.started()).toBe(1);
      source.answer(7);
      expect(await Promise.all(callers)).toEqual([7, 7, 7]);
    });
  });

  describe('when callers arrive while a read runs', () => {
    it('never gives them the running read, and shares one next read among all of them', async () => {
      const source = controlledRead();
      const fresh = new FreshRead(source.read);
      const early = fresh.get();
      await settle();
      const late = [fresh.get(), fresh.get(), fresh.get()];
      expect(source.started()).toBe(1);

      source.answer(1);
      expect(await early).toBe(1);
      await settle();
      expect(source.started()).toBe(2);
      source.answer(2);
      expect(await Promise.all(late)).toEqual([2, 2, 2]);
    });

    it('serves a caller arriving during the shared next read with a third read', async () => {
      const source = controlledRead();
      const fresh = new FreshRead(source.read);
      void fresh.get();
      await settle();
      const second = fresh.get();
      source.answer(1);
      await settle();
      const third = fresh.get();
      source.answer(2);
      expect(await second).toBe(2);
      await settle();
      source.answer(3);
      expect(await third).toBe(3);
      expect(source.started()).toBe(3);
    });
  });

  describe('when a read fails', () => {
    it('fails only its callers and reads again for the ones that arrived while it ran', async () => {
      let calls = 0;
      const fresh = new FreshRead(() => {
        calls += 1;
        return calls === 1
          ? new Promise<number>((_, reject) => setImmediate(() => reject(new Error('database down'))))
          : Promise.resolve(calls);
      });
      const failing = fresh.get();
      await settle();
      const waiting = fresh.get();
      await expectAsync(failing).toBeRejectedWithError('database down');
      expect(await waiting).toBe(2);
    });
  });
});
