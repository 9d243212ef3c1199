import type { Role } from '@ppm/shared';
import type { Express } from 'express';
import request from 'supertest';
import { authStamp } from '../modules/auth/credential-cache.js';
import { hashPassword } from '../modules/users/password.js';
import { toUserView, UserModel } from '../modules/users/user.model.js';

export const TEST_PASSWORD = 'Danube-Vltava-2009!';
let counter = 0;

/** Creates an active account straight in the database. */
export async function createUser(
  role: Role,
  options: { stateCode?: string; email?: string; name?: string; active?: boolean; mustChangePassword?: boolean } = {},
) {
  counter += 1;
  const user = await UserModel.create({
    email: options.email ?? `${role}.${counter}@example.org`,
    name: options.name ?? `Test ${role} ${counter}`,
    role,
    stateCode: options.stateCode ?? (role === 'focal_point' || role === 'contributor' ? 'AT' : null),
    passwordHash: await hashPassword(TEST_PASSWORD),
    active: options.active ?? true,
    mustChangePassword: options.mustChangePassword ?? false,
  });
  // As the API's invitations do: every process's copy of the people moves on (ADR 20).
  await authStamp.mark();
  return toUserView(user);
}

/**
 * Signs in through the API like a browser: the agent keeps the session cookie, and `csrf`
 * is the token to send as X-XSRF-TOKEN on unsafe requests.
 */
export async function signIn(app: Express, role: Role, options: Parameters<typeof createUser>[1] = {}) {
  const user = await createUser(role, options);
  const agent = request.agent(app);
  const response = await agent
    .post('/api/v1/auth/login')
    .send({ email: user.email, password: TEST_PASSWORD })
    .expect(200);
  const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const csrf = /XSRF-TOKEN=([^;]+)/.exec(cookies.join(';'))?.[1] ?? '';
  return { agent, csrf, user };
}

/** A bearer token for a new account of `role`, as a program would get it. */
export async function bearerFor(app: Express, role: Role, options: Parameters<typeof createUser>[1] = {}) {
  const user = await createUser(role, options);
  const response = await request(app)
    .post('/api/v1/auth/token')
    .send({ email: user.email, password: TEST_PASSWORD })
    .expect(200);
  return {
    token: (response.body as { token: string }).token,
    user,
    authorization: `Bearer ${(response.body as { token: string }).token}`,
  };
}
