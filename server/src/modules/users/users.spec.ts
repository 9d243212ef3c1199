import request from 'supertest';
import { AuditEntry } from '../audit/audit-entry.model.js';
import { seedStatesAndRegions } from '../reference/seed-reference-data.js';
import { signIn, TEST_PASSWORD } from '../../testing/auth.js';
import { createTestApp } from '../../testing/test-app.js';
import { resetDatabase, silentLogger } from '../../testing/test-database.js';
import { UserModel } from './user.model.js';

describe('Users API', () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedStatesAndRegions(silentLogger);
  });

  describe('for roles other than admin', () => {
    it('answers 401 without credentials and 403 for every other role', async () => {
      const app = createTestApp();
      await request(app).get('/api/v1/users').expect(401);
      for (const role of ['secretariat', 'evaluator', 'focal_point', 'contributor'] as const) {
        const { agent, csrf } = await signIn(app, role);
        const list = await agent.get('/api/v1/users').expect(403);
        expect(list.body.error.code).toBe('forbidden');
        await agent
          .post('/api/v1/users')
          .set('X-XSRF-TOKEN', csrf)
          .send({ email: 'x@example.org', name: 'X', role: 'admin', password: 'Long enough passphrase 1' })
          .expect(403);
      }
      expect(await UserModel.countDocuments({ email: 'x@example.org' })).toBe(0);
    });
  });

  describe('POST /users as admin', () => {
    describe('with a password (provisioning by script)', () => {
      it('creates an account that can sign in at once, and audits it', async () => {
        const app = createTestApp();
        const { agent, csrf, user: admin } = await signIn(app, 'admin');
        const created = await agent
          .post('/api/v1/users')
          .set('X-XSRF-TOKEN', csrf)
          .send({
            email: 'Focal@Gov.md',
            name: 'Ion Popescu',
            role: 'focal_point',
            stateCode: 'MD',
            locale: 'ru',
            password: 'Chisinau river 2024',
          })
          .expect(201);
        expect(created.body).toEqual({
          user: jasmine.objectContaining({
            email: 'focal@gov.md',
            role: 'focal_point',
            stateCode: 'MD',
            locale: 'ru',
            active: true,
          }),
        });
        await request(app)
          .post('/api/v1/auth/login')
          .send({ email: 'focal@gov.md', password: 'Chisinau river 2024' })
          .expect(200);
        const audit = await AuditEntry.find({ action: 'user.created' }).lean();
        expect(audit.length).toBe(1);
        expect(audit[0]?.actor?.id).toBe(admin.id);
        expect(JSON.stringify(audit[0]?.after)).not.toContain('passwordHash');
      });
    });

    describe('without a password', () => {
      it('returns a one-time invitation link where the person sets a password, usable once', async () => {
        const app = createTestApp();
        const { agent, csrf } = await signIn(app, 'admin');
        const created = await agent
          .post('/api/v1/users')
          .set('X-XSRF-TOKEN', csrf)
          .send({ email: 'eval@example.org', name: 'Eva Evaluator', role: 'evaluator' })
          .expect(201);
        const inviteUrl = created.body.inviteUrl as string;
        expect(inviteUrl).toMatch(/^http:\/\/monitor\.test\/invitation\/[\w-]{43}$/);
        const secret = inviteUrl.split('/').pop() ?? '';

        await request(app)
          .post('/api/v1/auth/login')
          .send({ email: 'eval@example.org', password: 'anything at all' })
          .expect(401);
        const described = await request(app).get(`/api/v1/auth/links/${secret}`).expect(200);
        expect(described.body).toEqual({ purpose: 'invitation', email: 'eval@example.org', name: 'Eva Evaluator' });

        const weak = await request(app)
          .post(`/api/v1/auth/links/${secret}`)
          .send({ password: 'qwerty123456' })
          .expect(400);
        expect(weak.body.error.details[0].path).toBe('password');
        const invited = request.agent(app);
        await invited
          .post(`/api/v1/auth/links/${secret}`)
          .send({ password: 'Migration dialogue since 2009' })
          .expect(200);
        await invited.get('/api/v1/auth/me').expect(200);
        const again = await request(app)
          .post(`/api/v1/auth/links/${secret}`)
          .send({ password: 'Another good passphrase' })
          .expect(410);
        expect(again.body.error.code).toBe('link_expired');
      });

      it('lets only one of two simultaneous uses of the same link set the password', async () => {
        const app = createTestApp();
        const { agent, csrf } = await signIn(app, 'admin');
        const created = await agent
          .post('/api/v1/users')
          .set('X-XSRF-TOKEN', csrf)
          .send({ email: 'twice@example.org', name: 'Twice Clicked', role: 'evaluator' })
          .expect(201);
        const secret = (created.body.inviteUrl as string).split('/').pop() ?? '';

        const passwords = ['Migration dialogue since 2009', 'Vienna Prague Astana 2026'];
        const answers = await Promise.all(
          passwords.map((password) => request(app).post(`/api/v1/auth/links/${secret}`).send({ password })),
        );
        expect(answers.map((answer) => answer.status).sort()).toEqual([200, 410]);
        const winner = passwords[answers.findIndex((answer) => answer.status === 200)];
        await request(app)
          .post('/api/v1/auth/login')
          .send({ email: 'twice@example.org', password: winner })
          .expect(200);
      });
    });

    describe('with bad input', () => {
      it('names each bad field: a focal point needs a known state, roles are a closed list', async () => {
        const app = createTestApp();
        const { agent, csrf } = await signIn(app, 'admin');
        const post = (body: object) => agent.post('/api/v1/users').set('X-XSRF-TOKEN', csrf).send(body);
        const noState = await post({ email: 'a@example.org', name: 'A', role: 'focal_point' }).expect(400);
        expect(noState.body.error.details).toEqual([
          { path: 'stateCode', message: 'is required for the role focal_point' },
        ]);
        const unknownState = await post({
          email: 'a@example.org',
          name: 'A',
          role: 'contributor',
          stateCode: 'ZZ',
        }).expect(400);
        expect(unknownState.body.error.details).toEqual([{ path: 'stateCode', message: 'ZZ is not a known state' }]);
        const badRole = await post({ email: 'a@example.org', name: 'A', role: 'king' }).expect(400);
        expect(badRole.body.error.details[0].path).toBe('role');
        const extra = await post({ email: 'a@example.org', name: 'A', role: 'evaluator', isAdmin: true }).expect(400);
        expect(extra.body.error.details[0].message).toContain('isAdmin');
        expect(await UserModel.countDocuments({ email: 'a@example.org' })).toBe(0);
      });

      it('refuses a second account for the same email with 409', async () => {
        const app = createTestApp();
        const { agent, csrf } = await signIn(app, 'admin', { email: 'root@example.org' });
        const response = await agent
          .post('/api/v1/users')
          .set('X-XSRF-TOKEN', csrf)
          .send({ email: 'ROOT@example.org', name: 'Copy', role: 'evaluator' })
          .expect(409);
        expect(response.body.error).toEqual({
          code: 'email_taken',
          message: 'There is already an account for root@example.org.',
        });
      });
    });
  });

  describe('PATCH /users/:id', () => {
    it('deactivates an account: its sessions end at once and it cannot sign in; the audit keeps before and after', async () => {
      const app = createTestApp();
      const admin = await signIn(app, 'admin');
      const focal = await signIn(app, 'focal_point', { stateCode: 'KZ' });
      await admin.agent
        .patch(`/api/v1/users/${focal.user.id}`)
        .set('X-XSRF-TOKEN', admin.csrf)
        .send({ active: false })
        .expect(200);
      await focal.agent.get('/api/v1/auth/me').expect(401);
      await request(app)
        .post('/api/v1/auth/login')
        .send({ email: focal.user.email, password: TEST_PASSWORD })
        .expect(401);
      const audit = await AuditEntry.findOne({ action: 'user.updated' }).lean();
      expect((audit?.before as { active: boolean }).active).toBeTrue();
      expect((audit?.after as { active: boolean }).active).toBeFalse();
      expect(await UserModel.countDocuments({ _id: focal.user.id })).toBe(1);
    });

    it('refuses to demote or deactivate the last active admin', async () => {
      const app = createTestApp();
      const { agent, csrf, user } = await signIn(app, 'admin');
      const response = await agent
        .patch(`/api/v1/users/${user.id}`)
        .set('X-XSRF-TOKEN', csrf)
        .send({ role: 'evaluator' })
        .expect(409);
      expect(response.body.error.code).toBe('last_admin');
      expect((await UserModel.findById(user.id).lean())?.role).toBe('admin');
    });

    it('answers 404 for an id that does not exist or is malformed', async () => {
      const app = createTestApp();
      const { agent, csrf } = await signIn(app, 'admin');
      await agent
        .patch('/api/v1/users/6b0bb4e192d26decfd5e69d7')
        .set('X-XSRF-TOKEN', csrf)
        .send({ name: 'X' })
        .expect(404);
      await agent.get('/api/v1/users/not-an-id').expect(404);
    });
  });

  describe('account status and resending an invitation', () => {
    it('lists who is invited (with when), who is active and who is deactivated', async () => {
      const app = createTestApp();
      const admin = await signIn(app, 'admin');
      const before = Date.now();
      const invited = await admin.agent
        .post('/api/v1/users')
        .set('X-XSRF-TOKEN', admin.csrf)
        .send({ email: 'new@example.org', name: 'Aaron Invited', role: 'evaluator' })
        .expect(201);
      expect(invited.body.user.status).toBe('invited');
      const gone = await signIn(app, 'secretariat');
      await admin.agent
        .patch(`/api/v1/users/${gone.user.id}`)
        .set('X-XSRF-TOKEN', admin.csrf)
        .send({ active: false })
        .expect(200);

      const list = await admin.agent.get('/api/v1/users').expect(200);
      const byEmail = new Map(
        (list.body as { email: string; status: string; invitedAt: string | null; invitationExpired: boolean }[]).map(
          (account) => [account.email, account],
        ),
      );
      const aaron = byEmail.get('new@example.org');
      expect(aaron?.status).toBe('invited');
      expect(aaron?.invitationExpired).toBeFalse();
      expect(new Date(aaron?.invitedAt ?? 0).getTime()).toBeGreaterThanOrEqual(before - 1000);
      expect(byEmail.get(admin.user.email)).toEqual(
        jasmine.objectContaining({ status: 'active', invitedAt: null, invitationExpired: false }),
      );
      expect(byEmail.get(gone.user.email)?.status).toBe('deactivated');
    });

    it('sends a new invitation whose link works while the old one stops, and records it', async () => {
      const app = createTestApp();
      const admin = await signIn(app, 'admin');
      const created = await admin.agent
        .post('/api/v1/users')
        .set('X-XSRF-TOKEN', admin.csrf)
        .send({ email: 'late@example.org', name: 'Lena Late', role: 'evaluator' })
        .expect(201);
      const oldSecret = (created.body.inviteUrl as string).split('/').pop() ?? '';

      const resent = await admin.agent
        .post(`/api/v1/users/${created.body.user.id}/invitation`)
        .set('X-XSRF-TOKEN', admin.csrf)
        .expect(200);
      const newSecret = (resent.body.inviteUrl as string).split('/').pop() ?? '';
      expect(newSecret).not.toBe(oldSecret);
      expect(resent.body.user.status).toBe('invited');

      await request(app).get(`/api/v1/auth/links/${oldSecret}`).expect(410);
      await request(app).get(`/api/v1/auth/links/${newSecret}`).expect(200);
      const audit = await AuditEntry.findOne({ action: 'user.invitation_resent' }).lean();
      expect(audit?.after).toEqual({ name: 'Lena Late', email: 'late@example.org' });
    });

    it('refuses to re-invite someone with a password (409) or deactivated (409), and non-admins (403)', async () => {
      const app = createTestApp();
      const admin = await signIn(app, 'admin');
      const active = await signIn(app, 'evaluator');
      const refused = await admin.agent
        .post(`/api/v1/users/${active.user.id}/invitation`)
        .set('X-XSRF-TOKEN', admin.csrf)
        .expect(409);
      expect(refused.body.error.code).toBe('not_invited');

      await admin.agent
        .patch(`/api/v1/users/${active.user.id}`)
        .set('X-XSRF-TOKEN', admin.csrf)
        .send({ active: false })
        .expect(200);
      const deactivated = await admin.agent
        .post(`/api/v1/users/${active.user.id}/invitation`)
        .set('X-XSRF-TOKEN', admin.csrf)
        .expect(409);
      expect(deactivated.body.error.code).toBe('deactivated');

      const secretariat = await signIn(app, 'secretariat');
      await secretariat.agent
        .post(`/api/v1/users/${active.user.id}/invitation`)
        .set('X-XSRF-TOKEN', secretariat.csrf)
        .expect(403);
      await admin.agent
        .post('/api/v1/users/0123456789abcdef01234567/invitation')
        .set('X-XSRF-TOKEN', admin.csrf)
        .expect(404);
    });
  });

  describe('POST /users/:id/password-reset', () => {
    it('gives the admin a reset link (no SMTP) that sets a new password and ends old sessions', async () => {
      const app = createTestApp();
      const admin = await signIn(app, 'admin');
      const person = await signIn(app, 'secretariat');
      const reset = await admin.agent
        .post(`/api/v1/users/${person.user.id}/password-reset`)
        .set('X-XSRF-TOKEN', admin.csrf)
        .expect(200);
      const audit = await AuditEntry.findOne({ action: 'user.password_reset_started' }).lean();
      expect(audit?.after).toEqual({ name: person.user.name, email: person.user.email });
      const secret = (reset.body.resetUrl as string).split('/reset-password/')[1] ?? '';
      const described = await request(app).get(`/api/v1/auth/links/${secret}`).expect(200);
      expect(described.body.purpose).toBe('password_reset');
      await request(app).post(`/api/v1/auth/links/${secret}`).send({ password: 'Brand new passphrase 7' }).expect(200);
      await person.agent.get('/api/v1/auth/me').expect(401);
      await request(app)
        .post('/api/v1/auth/login')
        .send({ email: person.user.email, password: 'Brand new passphrase 7' })
        .expect(200);
    });
  });
});
