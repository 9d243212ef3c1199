import mongoose from 'mongoose';
import { resetDatabase } from '../../testing/test-database.js';
import { cycleStamp, markCycleChanged } from './cycle-stamp.js';

describe('A cycle stamp', () => {
  beforeEach(resetDatabase);

  it('takes the first writes of a new cycle at the same moment (two states saving at once) without an error', async () => {
    const cycleId = new mongoose.Types.ObjectId();
    expect(await cycleStamp(cycleId)).toBe('');

    await expectAsync(Promise.all(Array.from({ length: 20 }, () => markCycleChanged(cycleId)))).toBeResolved();
    const token = await cycleStamp(cycleId);
    expect(token).toMatch(/^[0-9a-f-]{36}$/);

    await markCycleChanged(cycleId);
    expect(await cycleStamp(cycleId)).not.toBe(token);
  });
});
