import type { Express } from 'express';
import mongoose from 'mongoose';
import request from 'supertest';
import { Credential } from '../src/modules/auth/credential.model.js';
import { hashSecret, newSecret } from '../src/modules/auth/secrets.js';
import { bearerFor, createUser, TEST_PASSWORD } from '../src/testing/auth.js';
import { measure } from './measure.js';

/** Credentials of other people, as sign-ins and hourly program tokens pile up over a year or two. */
const OTHER_CREDENTIALS = 20_000;
const BATCH = 1_000;

async function storeOtherCredentials(count: number): Promise<void> {
  const userId = new mongoose.Types.ObjectId();
  const createdAt = new Date();
  const expiresAt = new Date(createdAt.getTime() - 1);
  for (let start = 0; start < count; start += BATCH) {
    const credentials = Array.from({ length: Math.min(BATCH, count - start) }, () => ({
      _id: hashSecret(newSecret('ppm_at_')),
      kind: 'access_token',
      userId,
      csrfToken: null,
      name: null,
      createdAt,
      lastUsedAt: null,
      expiresAt,
      revokedAt: null,
    }));
    await Credential.collection.insertMany(credentials as never[]);
  }
}

/** A new session and a new bearer token: stored last, as the ones in use are. */
async function newCredentials(app: Express): Promise<{ cookie: string; authorization: string }> {
  const user = await createUser('evaluator');
  const login = await request(app).post('/api/v1/auth/login').send({ email: user.email, password: TEST_PASSWORD });
  const cookie = ([] as string[])
    .concat(login.headers['set-cookie'] ?? [])
    .map((line) => line.split(';')[0] ?? '')
    .join('; ');
  return { cookie, authorization: (await bearerFor(app, 'evaluator')).authorization };
}

async function measureAuthentication(app: Express, baseUrl: string): Promise<void> {
  const { cookie, authorization } = await newCredentials(app);
  const stored = `${await Credential.countDocuments()} stored`;
  const cases: { via: string; headers: Record<string, string> }[] = [
    { via: 'bearer token', headers: { authorization } },
    { via: 'session cookie', headers: { cookie } },
  ];
  for (const { via, headers } of cases) {
    for (const connections of [1, 10]) {
      await measure(baseUrl, {
        title: `GET /auth/me, ${via}, ${connections} conn., ${stored}`,
        path: '/api/v1/auth/me',
        headers,
        connections,
        amount: connections * 20,
        timeoutSeconds: 60,
      });
    }
  }
}

/** Every authenticated request first finds its credential: measured with few, then many stored. */
export async function benchCredentials(app: Express, baseUrl: string): Promise<void> {
  await measureAuthentication(app, baseUrl);
  await storeOtherCredentials(OTHER_CREDENTIALS);
  await measureAuthentication(app, baseUrl);
}
