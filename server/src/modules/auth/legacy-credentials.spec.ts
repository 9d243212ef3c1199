import mongoose from 'mongoose';
import request from 'supertest';
import { createUser } from '../../testing/auth.js';
import { createTestApp } from '../../testing/test-app.js';
import { resetDatabase, silentLogger } from '../../testing/test-database.js';
import { Credential } from './credential.model.js';
import { rekeyLegacyCredentials } from './legacy-credentials.js';
import { hashSecret } from './secrets.js';

const DAY_MS = 86_400_000;

describe('rekeyLegacyCredentials', () => {
  const now = new Date('2027-02-01T12:00:00Z');
  const token = 'ppm_pat_LegacyPersonalToken0123456789abcdefghijklmn';
  let userId: string;

  /** A credential as stored before ADR 0010: an ObjectId `_id` and the hash in `secretHash`. */
  const legacy = (secret: string, fields: Record<string, unknown> = {}) => ({
    _id: new mongoose.Types.ObjectId(),
    kind: 'personal_token',
    secretHash: hashSecret(secret),
    userId: new mongoose.Types.ObjectId(userId),
    csrfToken: null,
    name: 'National reporting system',
    createdAt: new Date(now.getTime() - 100 * DAY_MS),
    lastUsedAt: null,
    expiresAt: new Date(Date.now() + 200 * DAY_MS),
    revokedAt: null,
    ...fields,
  });

  beforeEach(async () => {
    await resetDatabase();
    userId = (await createUser('focal_point', { stateCode: 'AT' })).id;
    await Credential.collection.createIndexes([{ key: { secretHash: 1 }, unique: true, name: 'secretHash_1' }]);
    await Credential.collection.insertMany([
      legacy(token),
      legacy('ppm_pat_RevokedLegacyToken0123456789abcdefghijklmnop', { revokedAt: now }),
      legacy('ppm_pat_ExpiredLegacyToken0123456789abcdefghijklmnop', { expiresAt: now }),
    ]);
  });

  describe('when personal tokens of the old layout are stored', () => {
    it('keys the live one by its hash with its fields kept, drops the revoked and expired ones and the old index', async () => {
      expect(await rekeyLegacyCredentials(silentLogger, now)).toBe(1);

      const stored = await Credential.collection.find({}).toArray();
      expect(stored).toEqual([
        {
          _id: hashSecret(token) as never,
          kind: 'personal_token',
          userId: new mongoose.Types.ObjectId(userId),
          csrfToken: null,
          name: 'National reporting system',
          createdAt: new Date(now.getTime() - 100 * DAY_MS),
          lastUsedAt: null,
          expiresAt: jasmine.any(Date),
          revokedAt: null,
        },
      ]);
      const indexes = await Credential.collection.indexes();
      expect(indexes.map((index) => index.name)).not.toContain('secretHash_1');
    });

    it('keeps the token working and listed, and can run again (or in a second process) without changing anything', async () => {
      await rekeyLegacyCredentials(silentLogger, now);
      expect(await rekeyLegacyCredentials(silentLogger, now)).toBe(0);

      const app = createTestApp();
      const me = await request(app).get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`).expect(200);
      expect(me.body.user.id).toBe(userId);
      expect(await Credential.countDocuments()).toBe(1);
    });
  });

  describe('when a process stopped between copying and deleting', () => {
    it('finishes the move without a second copy', async () => {
      await Credential.collection.dropIndex('secretHash_1');
      const [original] = await Credential.collection.find({ secretHash: hashSecret(token) }).toArray();
      const { _id, secretHash, ...fields } = original!;
      await Credential.collection.insertOne({ ...fields, _id: secretHash as never });

      await rekeyLegacyCredentials(silentLogger, now);
      expect(await Credential.collection.countDocuments({ _id: hashSecret(token) as never })).toBe(1);
      expect(await Credential.collection.countDocuments({ secretHash: { $exists: true } })).toBe(0);
    });
  });

  describe('on a database without credentials', () => {
    it('does nothing', async () => {
      await Credential.collection.drop();
      expect(await rekeyLegacyCredentials(silentLogger, now)).toBe(0);
      await Credential.createIndexes();
    });
  });
});
