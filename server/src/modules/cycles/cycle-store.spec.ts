import { AppError } from '../../platform/http/app-error.js';
import { createCycle, freshReferenceData } from '../reports/report-fixtures.spec.js';
import { CycleModel, type StoredCycle } from './cycle.model.js';
import { allCycles, findCycle, writeCycle } from './cycle-store.js';

describe('cycle-store', () => {
  beforeEach(freshReferenceData);

  describe('writeCycle, for two changes based on the same revision', () => {
    it('saves the first and refuses the second with 409 cycle_changed', async () => {
      const id = await createCycle();
      const read = await findCycle(id);
      const now = new Date();
      const first = await writeCycle(read, { deadlineExtensions: [{ stateCode: 'GE', deadline: '2100-01-15' }] }, now);
      expect(first.revision).toBe(2);

      const second = await writeCycle(read, { deadlineExtensions: [{ stateCode: 'KZ', deadline: '2100-01-31' }] }, now)
        .then(() => null)
        .catch((error: unknown) => error);
      expect(second).toEqual(jasmine.any(AppError));
      expect((second as AppError).code).toBe('cycle_changed');
      const stored = await CycleModel.findById(id).lean<StoredCycle>();
      expect(stored?.revision).toBe(2);
      expect(stored?.deadlineExtensions).toEqual([{ stateCode: 'GE', deadline: '2100-01-15' }]);
    });
  });

  describe('findCycle and allCycles, kept in memory', () => {
    it('answer the stored cycle, and the new one at once after a write', async () => {
      const id = await createCycle();
      const before = await findCycle(id);
      expect(before.revision).toBe(1);
      expect(await findCycle(id)).toBe(before);
      expect((await allCycles()).map((cycle) => String(cycle._id))).toEqual([id]);

      await writeCycle(before, { status: 'closed' }, new Date());
      const after = await findCycle(id);
      expect(after.revision).toBe(2);
      expect(after.status).toBe('closed');
      expect((await allCycles())[0]?.status).toBe('closed');
    });

    it('answer 404 for an unknown cycle, and find it once it exists', async () => {
      const missing = await findCycle('6b0000000000000000000000').catch((error: unknown) => error);
      expect((missing as AppError).status).toBe(404);
      const id = await createCycle();
      expect(String((await findCycle(id))._id)).toBe(id);
    });

    it('hand out a frozen copy: a change by mistake throws instead of reaching the next request', async () => {
      const cycle = await findCycle(await createCycle());
      expect(() => cycle.expectedStates.push('FR')).toThrowError(TypeError);
    });
  });
});
