import mongoose from 'mongoose';
import { resetDatabase } from '../../testing/test-database.js';
import { claim, CLAIM_STALE_AFTER_MS } from './claims.js';

const Claim = mongoose.model(
  'SpecClaim',
  new mongoose.Schema(
    { _id: { type: String, required: true }, claimedAt: { type: Date }, by: String },
    { versionKey: false },
  ),
  'spec_claims',
);

describe('claim', () => {
  const now = new Date('2026-11-29T12:00:00Z');
  const longAgo = new Date(now.getTime() - CLAIM_STALE_AFTER_MS - 1000);
  const orphan = () => Promise.resolve(true);
  const inUse = () => Promise.resolve(false);

  beforeEach(resetDatabase);

  it('gives a free name to the first caller only', async () => {
    const results = await Promise.all(
      ['first', 'second'].map((by) => claim(Claim, { _id: 'cycle:2', claimedAt: now, by }, orphan)),
    );
    expect(results.sort()).toEqual([false, true]);
    expect(await Claim.countDocuments()).toBe(1);
  });

  it('refuses a recent claim even when the header has not moved yet: its writer is at work', async () => {
    await Claim.create({ _id: 'cycle:2', claimedAt: new Date(now.getTime() - 5000), by: 'writer' });
    expect(await claim(Claim, { _id: 'cycle:2', claimedAt: now, by: 'me' }, orphan)).toBeFalse();
  });

  it('takes over a claim left long ago by a writer that stopped half-way', async () => {
    await Claim.create({ _id: 'cycle:2', claimedAt: longAgo, by: 'crashed' });
    expect(await claim(Claim, { _id: 'cycle:2', claimedAt: now, by: 'me' }, orphan)).toBeTrue();
    expect((await Claim.findById('cycle:2').lean())?.by).toBe('me');
  });

  it('keeps an old claim that something uses (the header moved to it)', async () => {
    await Claim.create({ _id: 'cycle:2', claimedAt: longAgo, by: 'done' });
    expect(await claim(Claim, { _id: 'cycle:2', claimedAt: now, by: 'me' }, inUse)).toBeFalse();
    expect((await Claim.findById('cycle:2').lean())?.by).toBe('done');
  });
});
