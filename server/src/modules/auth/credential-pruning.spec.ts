import { resetDatabase } from '../../testing/test-database.js';
import { Credential } from './credential.model.js';
import { pruneEndedCredentials } from './credential-pruning.js';
import mongoose from 'mongoose';

describe('pruneEndedCredentials', () => {
  const now = new Date('2026-11-29T12:00:00Z');
  const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
  const userId = new mongoose.Types.ObjectId();

  async function credential(id: string, fields: { expiresAt: Date; revokedAt?: Date }): Promise<void> {
    await Credential.create({ _id: id.padEnd(64, '0'), kind: 'session', userId, revokedAt: null, ...fields });
  }

  beforeEach(async () => {
    await resetDatabase();
    await credential('a', { expiresAt: daysAgo(31) }); // expired 31 days ago: goes
    await credential('b', { expiresAt: daysAgo(29) }); // expired 29 days ago: kept a little longer
    await credential('c', { expiresAt: daysAgo(-5), revokedAt: daysAgo(40) }); // revoked 40 days ago: goes
    await credential('d', { expiresAt: daysAgo(-5), revokedAt: daysAgo(2) }); // revoked 2 days ago: kept
    await credential('e', { expiresAt: daysAgo(-365) }); // a live personal token: kept
  });

  it('deletes what ended more than 30 days ago, and nothing else', async () => {
    expect(await pruneEndedCredentials(now)).toBe(2);
    const left = await Credential.find({}, { _id: 1 }).lean();
    expect(left.map((doc) => doc._id[0]).sort()).toEqual(['b', 'd', 'e']);
  });

  it('finds nothing more to delete the second time', async () => {
    await pruneEndedCredentials(now);
    expect(await pruneEndedCredentials(now)).toBe(0);
  });
});
