import { createUser, signIn } from '../../testing/auth.js';
import { createTestApp } from '../../testing/test-app.js';
import { resetDatabase } from '../../testing/test-database.js';
import { UserModel } from '../users/user.model.js';
import { AuthService } from './auth.service.js';
import { Credential } from './credential.model.js';
import { LoginThrottle } from './login-throttle.js';
import { hashSecret } from './secrets.js';

const HOUR = 60 * 60 * 1000;

/** Two server processes on one database: two services, each with its own memory. */
function twoProcesses() {
  const config = { sessionIdleMs: HOUR, sessionMaxMs: 8 * HOUR };
  return [new AuthService(config, new LoginThrottle(0)), new AuthService(config, new LoginThrottle(0))] as const;
}

async function sessionOf(auth: AuthService, role: Parameters<typeof createUser>[0]) {
  const view = await createUser(role, { stateCode: role === 'focal_point' ? 'GE' : undefined });
  const user = await UserModel.findById(view.id).orFail();
  const { secret } = await auth.startSession(user);
  return { user: view, secret };
}

describe('Authentication kept in memory (ADR 20)', () => {
  beforeEach(resetDatabase);

  it('trusts its copy of a credential until the stamp moves, then reads it again', async () => {
    const [first] = twoProcesses();
    const { secret, user } = await sessionOf(first, 'evaluator');
    expect((await first.authenticate(secret, ['session']))?.user.id).toBe(user.id);

    // Deleted behind the application's back: the copy is still trusted (no read was made)...
    await Credential.deleteOne({ _id: hashSecret(secret) });
    expect((await first.authenticate(secret, ['session']))?.user.id).toBe(user.id);
    // ...until any change to people or credentials moves the stamp.
    await first.personChanged();
    expect(await first.authenticate(secret, ['session'])).toBeNull();
  });

  it('sees at once a sign-out made through another process', async () => {
    const [first, second] = twoProcesses();
    const { secret } = await sessionOf(first, 'secretariat');
    expect(await first.authenticate(secret, ['session'])).not.toBeNull();

    await second.revoke(hashSecret(secret));
    expect(await first.authenticate(secret, ['session'])).toBeNull();
  });

  it('sees at once every session of a person ended through another process', async () => {
    const [first, second] = twoProcesses();
    const { secret, user } = await sessionOf(first, 'focal_point');
    expect(await first.authenticate(secret, ['session'])).not.toBeNull();

    await second.revokeAllOf(user.id);
    expect(await first.authenticate(secret, ['session'])).toBeNull();
  });

  it('answers the person as changed through the API of another process: a new role, then deactivation', async () => {
    const apps = [createTestApp(), createTestApp()] as const;
    const admin = await signIn(apps[1], 'admin');
    const person = await signIn(apps[0], 'evaluator');
    expect((await person.agent.get('/api/v1/auth/me').expect(200)).body.user.role).toBe('evaluator');

    await admin.agent
      .patch(`/api/v1/users/${person.user.id}`)
      .set('X-XSRF-TOKEN', admin.csrf)
      .send({ role: 'secretariat' })
      .expect(200);
    expect((await person.agent.get('/api/v1/auth/me').expect(200)).body.user.role).toBe('secretariat');

    await admin.agent
      .patch(`/api/v1/users/${person.user.id}`)
      .set('X-XSRF-TOKEN', admin.csrf)
      .send({ active: false })
      .expect(200);
    await person.agent.get('/api/v1/auth/me').expect(401);
  });

  it('writes "last used" at most once a minute, and still ends an idle session', async () => {
    const config = { sessionIdleMs: 150, sessionMaxMs: 8 * HOUR };
    const auth = new AuthService(config, new LoginThrottle(0));
    const { secret } = await sessionOf(auth, 'evaluator');
    const stored = async () => (await Credential.findById(hashSecret(secret)).lean())?.lastUsedAt?.getTime();
    const createdUse = await stored();
    expect(await auth.authenticate(secret, ['session'])).not.toBeNull();
    expect(await stored()).toBe(createdUse);

    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await auth.authenticate(secret, ['session'])).toBeNull();
  });
});
