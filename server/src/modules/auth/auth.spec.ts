import request from 'supertest';
import { signIn, bearerFor, createUser, TEST_PASSWORD } from '../../testing/auth.js';
import { createTestApp } from '../../testing/test-app.js';
import { resetDatabase } from '../../testing/test-database.js';
import { Credential } from './credential.model.js';
import { FREE_FAILURES, MAX_FAILURES } from './login-throttle.js';
import { hashSecret } from './secrets.js';

const cookiesOf = (response: request.Response) => ([] as string[]).concat(response.headers['set-cookie'] ?? []);

describe('Auth API', () => {
  beforeEach(resetDatabase);

  describe('POST /auth/login', () => {
    describe('with the right email and password', () => {
      it('answers the user and sets an HttpOnly, SameSite session cookie whose secret is stored only hashed', async () => {
        const user = await createUser('secretariat', { email: 'anna@icmpd.org', name: 'Anna' });
        const response = await request(createTestApp())
          .post('/api/v1/auth/login')
          .send({ email: ' Anna@ICMPD.org ', password: TEST_PASSWORD })
          .expect(200);
        expect(response.body).toEqual({
          user: {
            id: user.id,
            email: 'anna@icmpd.org',
            name: 'Anna',
            role: 'secretariat',
            stateCode: null,
            locale: 'en',
            active: true,
            mustChangePassword: false,
          },
        });
        const cookies = cookiesOf(response);
        const session = cookies.find((cookie) => cookie.startsWith('ppm_session='));
        expect(session).toMatch(/HttpOnly/);
        expect(session).toMatch(/SameSite=Lax/);
        expect(cookies.find((cookie) => cookie.startsWith('XSRF-TOKEN='))).not.toMatch(/HttpOnly/);
        const secret = /ppm_session=([^;]+)/.exec(session ?? '')?.[1] ?? '';
        const stored = await Credential.find({ kind: 'session' }).lean();
        expect(stored.length).toBe(1);
        expect(stored[0]?._id).not.toBe(secret);
        expect(stored[0]?._id).toBe(hashSecret(secret));
        expect(JSON.stringify(stored)).not.toContain(secret);
      });
    });

    describe('with a wrong password or an unknown email', () => {
      it('answers the same 401 for both, so nobody learns which emails exist', async () => {
        await createUser('secretariat', { email: 'anna@icmpd.org' });
        const app = createTestApp();
        const wrong = await request(app)
          .post('/api/v1/auth/login')
          .send({ email: 'anna@icmpd.org', password: 'not-the-password' });
        const unknown = await request(app)
          .post('/api/v1/auth/login')
          .send({ email: 'nobody@icmpd.org', password: 'not-the-password' });
        expect(wrong.status).toBe(401);
        expect(unknown.status).toBe(401);
        expect(wrong.body).toEqual({
          error: { code: 'invalid_credentials', message: 'The email or password is not correct.' },
        });
        expect(unknown.body).toEqual(wrong.body);
      });
    });

    describe('with an operator instead of an email', () => {
      it('answers 400 naming the field and never queries with it', async () => {
        const response = await request(createTestApp())
          .post('/api/v1/auth/login')
          .send({ email: { $gt: '' }, password: 'x' })
          .expect(400);
        const details = response.body.error.details as { path: string }[];
        expect(details.map((detail) => detail.path)).toEqual(['email']);
      });
    });

    describe('after repeated failures', () => {
      it('slows down past the free attempts, then after the last allowed one refuses with 429 and Retry-After, even the right password', async () => {
        await createUser('evaluator', { email: 'eva@example.org' });
        const app = createTestApp({}, { loginDelayUnitMs: 40 });
        const attempt = (password: string) =>
          request(app).post('/api/v1/auth/login').send({ email: 'eva@example.org', password });
        const durations: number[] = [];
        for (let failure = 1; failure <= MAX_FAILURES; failure += 1) {
          const started = Date.now();
          const response = await attempt('wrong-password');
          durations.push(Date.now() - started);
          expect(response.status).toBe(401);
        }
        // The 6th attempt follows 5 failures: 2 past the free 3, so it waits at least 2 × 40 ms.
        expect(durations[FREE_FAILURES + 2]).toBeGreaterThanOrEqual(80);
        const locked = await attempt(TEST_PASSWORD);
        expect(locked.status).toBe(429);
        expect(locked.body.error.code).toBe('too_many_attempts');
        expect(Number(locked.headers['retry-after'])).toBeGreaterThan(800);
      }, 30_000);

      it('forgets the failures after a successful sign-in', async () => {
        await createUser('evaluator', { email: 'eva@example.org' });
        const app = createTestApp({}, { loginDelayUnitMs: 1 });
        for (let failure = 1; failure < MAX_FAILURES - 1; failure += 1) {
          await request(app)
            .post('/api/v1/auth/login')
            .send({ email: 'eva@example.org', password: 'wrong-password' })
            .expect(401);
        }
        await request(app)
          .post('/api/v1/auth/login')
          .send({ email: 'eva@example.org', password: TEST_PASSWORD })
          .expect(200);
        for (let failure = 1; failure < MAX_FAILURES - 1; failure += 1) {
          await request(app)
            .post('/api/v1/auth/login')
            .send({ email: 'eva@example.org', password: 'wrong-password' })
            .expect(401);
        }
      }, 30_000);
    });

    describe('for a deactivated account', () => {
      it('refuses with the usual 401', async () => {
        await createUser('evaluator', { email: 'gone@example.org', active: false });
        await request(createTestApp())
          .post('/api/v1/auth/login')
          .send({ email: 'gone@example.org', password: TEST_PASSWORD })
          .expect(401);
      });
    });
  });

  describe('GET /auth/me', () => {
    it('answers 401 without credentials', async () => {
      const response = await request(createTestApp()).get('/api/v1/auth/me').expect(401);
      expect(response.body.error.code).toBe('unauthenticated');
    });

    it('answers the user of the session cookie', async () => {
      const app = createTestApp();
      const { agent, user } = await signIn(app, 'focal_point', { stateCode: 'GE' });
      const response = await agent.get('/api/v1/auth/me').expect(200);
      expect(response.body.user).toEqual(
        jasmine.objectContaining({ id: user.id, role: 'focal_point', stateCode: 'GE' }),
      );
    });
  });

  describe('sessions', () => {
    it('refuse a state-changing request made with the cookie but without the CSRF token', async () => {
      const app = createTestApp();
      const { agent } = await signIn(app, 'secretariat');
      const response = await agent.post('/api/v1/auth/logout').expect(403);
      expect(response.body.error.code).toBe('csrf_failed');
      await agent.post('/api/v1/auth/logout').set('X-XSRF-TOKEN', 'forged-token-value').expect(403);
      await agent.get('/api/v1/auth/me').expect(200);
    });

    it('end on the server at sign-out: the old cookie no longer works', async () => {
      const app = createTestApp();
      const { agent, csrf } = await signIn(app, 'secretariat');
      const before = await agent.get('/api/v1/auth/me').expect(200);
      const cookie = ([] as string[]).concat(before.request.getHeader('Cookie'))[0] ?? '';
      await agent.post('/api/v1/auth/logout').set('X-XSRF-TOKEN', csrf).expect(204);
      await request(app).get('/api/v1/auth/me').set('Cookie', cookie).expect(401);
    });

    it('are not bearer tokens, and bearer tokens are not sessions', async () => {
      const app = createTestApp();
      const { agent } = await signIn(app, 'secretariat');
      const me = await agent.get('/api/v1/auth/me').expect(200);
      const cookie = ([] as string[]).concat(me.request.getHeader('Cookie'))[0] ?? '';
      const secret = /ppm_session=([^;]+)/.exec(cookie)?.[1] ?? '';
      const asBearer = await request(app).get('/api/v1/auth/me').set('Authorization', `Bearer ${secret}`).expect(401);
      expect(asBearer.body.error.code).toBe('invalid_token');
      const { token } = await bearerFor(app, 'evaluator');
      await request(app).get('/api/v1/auth/me').set('Cookie', `ppm_session=${token}`).expect(401);
    });

    it('end after the idle time without use', async () => {
      const app = createTestApp({ sessionIdleMs: 150 });
      const { agent } = await signIn(app, 'evaluator');
      await new Promise((resolve) => setTimeout(resolve, 200));
      await agent.get('/api/v1/auth/me').expect(401);
    });

    it('end at the absolute expiry even when used', async () => {
      const app = createTestApp({ sessionMaxMs: 1500 });
      const { agent } = await signIn(app, 'evaluator');
      await agent.get('/api/v1/auth/me').expect(200);
      await new Promise((resolve) => setTimeout(resolve, 1600));
      await agent.get('/api/v1/auth/me').expect(401);
    });
  });

  describe('POST /auth/token', () => {
    it('gives a short-lived bearer token that needs no CSRF token', async () => {
      const app = createTestApp();
      const { authorization, user } = await bearerFor(app, 'focal_point', { stateCode: 'MD' });
      const me = await request(app).get('/api/v1/auth/me').set('Authorization', authorization).expect(200);
      expect(me.body.user.id).toBe(user.id);
      await request(app)
        .patch('/api/v1/auth/me')
        .set('Authorization', authorization)
        .send({ locale: 'ru' })
        .expect(200);
      const stored = await Credential.findOne({ kind: 'access_token' }).lean();
      const lifetime = (stored?.expiresAt.getTime() ?? 0) - (stored?.createdAt.getTime() ?? 0);
      expect(lifetime).toBe(60 * 60 * 1000);
    });

    it('stops working once signed out with it', async () => {
      const app = createTestApp();
      const { authorization } = await bearerFor(app, 'evaluator');
      await request(app).post('/api/v1/auth/logout').set('Authorization', authorization).expect(204);
      await request(app).get('/api/v1/auth/me').set('Authorization', authorization).expect(401);
      expect((await Credential.findOne({ kind: 'access_token' }).lean())?.revokedAt).toEqual(jasmine.any(Date));
    });

    it('answers 401 invalid_token for an unknown or malformed bearer token', async () => {
      const app = createTestApp();
      const unknown = await request(app)
        .get('/api/v1/auth/me')
        .set('Authorization', 'Bearer ppm_at_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')
        .expect(401);
      expect(unknown.body.error.code).toBe('invalid_token');
      await request(app).get('/api/v1/auth/me').set('Authorization', 'Basic abc').expect(401);
    });
  });

  describe('personal access tokens', () => {
    it('are shown once, listed without the secret, usable, and stop working when revoked', async () => {
      const app = createTestApp();
      const { agent, csrf } = await signIn(app, 'focal_point', { stateCode: 'UA' });
      const created = await agent
        .post('/api/v1/auth/tokens')
        .set('X-XSRF-TOKEN', csrf)
        .send({ name: 'National reporting system', expiresInDays: 30 })
        .expect(201);
      expect(created.body.token).toMatch(/^ppm_pat_[\w-]{43}$/);
      const listed = await agent.get('/api/v1/auth/tokens').expect(200);
      expect(listed.body.length).toBe(1);
      expect(listed.body[0].name).toBe('National reporting system');
      expect(listed.body[0].token).toBeUndefined();
      const days = (Date.parse(listed.body[0].expiresAt) - Date.parse(listed.body[0].createdAt)) / 86_400_000;
      expect(days).toBe(30);

      expect(listed.body[0].id).toBe(created.body.id);
      expect(created.body.id).toBe(hashSecret(created.body.token as string));
      const bearer = `Bearer ${created.body.token as string}`;
      await request(app).get('/api/v1/auth/me').set('Authorization', bearer).expect(200);
      await agent
        .delete(`/api/v1/auth/tokens/${created.body.id as string}`)
        .set('X-XSRF-TOKEN', csrf)
        .expect(204);
      await request(app).get('/api/v1/auth/me').set('Authorization', bearer).expect(401);
      expect((await agent.get('/api/v1/auth/tokens').expect(200)).body).toEqual([]);
      await agent
        .delete(`/api/v1/auth/tokens/${created.body.id as string}`)
        .set('X-XSRF-TOKEN', csrf)
        .expect(404);
      await agent.delete('/api/v1/auth/tokens/not-a-token-id').set('X-XSRF-TOKEN', csrf).expect(404);
    });

    it('cannot be revoked by another person', async () => {
      const app = createTestApp();
      const owner = await signIn(app, 'focal_point', { stateCode: 'UA' });
      const created = await owner.agent
        .post('/api/v1/auth/tokens')
        .set('X-XSRF-TOKEN', owner.csrf)
        .send({ name: 'x' })
        .expect(201);
      const other = await signIn(app, 'focal_point', { stateCode: 'GE' });
      await other.agent
        .delete(`/api/v1/auth/tokens/${created.body.id as string}`)
        .set('X-XSRF-TOKEN', other.csrf)
        .expect(404);
      await request(app)
        .get('/api/v1/auth/me')
        .set('Authorization', `Bearer ${created.body.token as string}`)
        .expect(200);
    });
  });

  describe('changing one’s password', () => {
    it('refuses a common password and a wrong current password, then accepts a good one and ends other sessions', async () => {
      const app = createTestApp();
      const first = await signIn(app, 'contributor', { stateCode: 'AM', email: 'armen@example.org' });
      const second = request.agent(app);
      await second.post('/api/v1/auth/login').send({ email: 'armen@example.org', password: TEST_PASSWORD }).expect(200);

      const change = (currentPassword: string, newPassword: string) =>
        first.agent
          .post('/api/v1/auth/password')
          .set('X-XSRF-TOKEN', first.csrf)
          .send({ currentPassword, newPassword });
      const common = await change(TEST_PASSWORD, 'Password1234!');
      expect(common.status).toBe(400);
      expect(common.body.error.details).toEqual([
        { path: 'newPassword', message: 'is a commonly used password; choose a longer phrase of your own' },
      ]);
      expect((await change(TEST_PASSWORD, 'short')).status).toBe(400);
      expect((await change('wrong-current-password', 'Ararat and Sevan 2026')).body.error.details[0].path).toBe(
        'currentPassword',
      );

      await change(TEST_PASSWORD, 'Ararat and Sevan 2026').expect(200);
      await first.agent.get('/api/v1/auth/me').expect(200);
      await second.get('/api/v1/auth/me').expect(401);
      await request(app)
        .post('/api/v1/auth/login')
        .send({ email: 'armen@example.org', password: 'Ararat and Sevan 2026' })
        .expect(200);
    });
  });

  describe('with a one-time password', () => {
    it('allows only the password change until it is done', async () => {
      const app = createTestApp();
      const { agent, csrf } = await signIn(app, 'admin', { mustChangePassword: true });
      const blocked = await agent.get('/api/v1/users').expect(403);
      expect(blocked.body.error.code).toBe('password_change_required');
      await agent.get('/api/v1/auth/me').expect(200);
      const changed = await agent
        .post('/api/v1/auth/password')
        .set('X-XSRF-TOKEN', csrf)
        .send({ currentPassword: TEST_PASSWORD, newPassword: 'Vienna Secretariat 1993' })
        .expect(200);
      expect(changed.body.user.mustChangePassword).toBeFalse();
      await agent.get('/api/v1/users').expect(200);
    });
  });
});
