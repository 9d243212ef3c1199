import request from 'supertest';
import { createLogger } from '../../platform/logger.js';
import { createTestApp } from '../../testing/test-app.js';
import { resetDatabase } from '../../testing/test-database.js';
import { bootstrapAdmin } from './bootstrap-admin.js';
import { verifyPassword } from './password.js';
import { UserModel } from './user.model.js';

describe('bootstrapAdmin', () => {
  beforeEach(resetDatabase);

  describe('on an empty database without BOOTSTRAP_ADMIN_*', () => {
    it('creates admin@monitor.local with a one-time password that is logged once, signs in, and must be changed', async () => {
      const lines: string[] = [];
      const logger = createLogger('info');
      spyOn(logger, 'warn').and.callFake(((_details: object, message: string) => lines.push(message)) as never);
      await bootstrapAdmin({ bootstrapAdmin: undefined }, logger);
      const admin = await UserModel.findOne({ role: 'admin' }).lean();
      expect(admin?.email).toBe('admin@monitor.local');
      expect(admin?.mustChangePassword).toBeTrue();
      expect(lines.length).toBe(1);
      const password = /one-time password (\S+)/.exec(lines[0] ?? '')?.[1] ?? '';
      expect(await verifyPassword(admin?.passwordHash ?? null, password)).toBeTrue();
      const signedIn = await request(createTestApp())
        .post('/api/v1/auth/login')
        .send({ email: 'admin@monitor.local', password })
        .expect(200);
      expect(signedIn.body.user.mustChangePassword).toBeTrue();
    });
  });

  describe('with BOOTSTRAP_ADMIN_EMAIL and PASSWORD', () => {
    it('creates that admin, ready to use', async () => {
      await bootstrapAdmin(
        { bootstrapAdmin: { email: 'it@icmpd.org', password: 'Secretariat in Vienna' } },
        createLogger('silent'),
      );
      const admin = await UserModel.findOne({ email: 'it@icmpd.org' }).lean();
      expect(admin?.mustChangePassword).toBeFalse();
    });
  });

  describe('when there are accounts already', () => {
    it('does nothing', async () => {
      await bootstrapAdmin({ bootstrapAdmin: undefined }, createLogger('silent'));
      await bootstrapAdmin(
        { bootstrapAdmin: { email: 'it@icmpd.org', password: 'Secretariat in Vienna' } },
        createLogger('silent'),
      );
      expect(await UserModel.countDocuments()).toBe(1);
    });
  });
});
