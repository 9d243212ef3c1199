import request from 'supertest';
import { createUser, TEST_PASSWORD } from '../testing/auth.js';
import { createTestApp } from '../testing/test-app.js';
import { resetDatabase } from '../testing/test-database.js';
import { configWarnings, loadConfig } from './config.js';

const cookiesOf = (response: request.Response) => ([] as string[]).concat(response.headers['set-cookie'] ?? []);

/** Signs in on an app built from `env` as main.ts builds it, and returns the answer. */
async function signInOn(env: Record<string, string>) {
  const { env: nodeEnv, httpsOnly, trustProxy } = loadConfig(env);
  const user = await createUser('secretariat');
  return request(createTestApp({ env: nodeEnv, httpsOnly, trustProxy }))
    .post('/api/v1/auth/login')
    .send({ email: user.email, password: TEST_PASSWORD })
    .expect(200);
}

describe('Production defaults', () => {
  beforeEach(resetDatabase);

  describe('with NODE_ENV=production and nothing else about HTTPS', () => {
    it('marks the session and CSRF cookies Secure and sends HSTS', async () => {
      const response = await signInOn({ NODE_ENV: 'production' });
      const cookies = cookiesOf(response);
      expect(cookies.length).toBe(2);
      for (const cookie of cookies) expect(cookie).toMatch(/; Secure/);
      expect(response.headers['strict-transport-security']).toMatch(/^max-age=\d+; includeSubDomains$/);
    });

    it('gives no warning', () => {
      expect(configWarnings(loadConfig({ NODE_ENV: 'production' }))).toEqual([]);
    });
  });

  describe('with INSECURE_HTTP=true (a demo on one machine)', () => {
    it('drops Secure and HSTS, and says so in a warning', async () => {
      const response = await signInOn({ NODE_ENV: 'production', INSECURE_HTTP: 'true' });
      for (const cookie of cookiesOf(response)) expect(cookie).not.toMatch(/Secure/);
      expect(response.headers['strict-transport-security']).toBeUndefined();
      const warnings = configWarnings(loadConfig({ NODE_ENV: 'production', INSECURE_HTTP: 'true' }));
      expect(warnings.length).toBe(1);
      expect(warnings[0]).toContain('INSECURE_HTTP is true in production');
    });
  });

  describe('in development', () => {
    it('serves plain HTTP without a warning, unless behind a proxy', () => {
      expect(loadConfig({}).httpsOnly).toBeFalse();
      expect(configWarnings(loadConfig({}))).toEqual([]);
      expect(loadConfig({ TRUST_PROXY: 'true' }).httpsOnly).toBeTrue();
    });
  });
});
