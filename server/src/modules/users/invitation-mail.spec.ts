import { signIn } from '../../testing/auth.js';
import { startTestSmtpServer } from '../../testing/smtp.js';
import { createTestApp } from '../../testing/test-app.js';
import { resetDatabase } from '../../testing/test-database.js';

describe('Invitations by email', () => {
  let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
  });
  afterAll(() => smtp.stop());
  beforeEach(resetDatabase);

  describe('when SMTP is configured', () => {
    it('mails the invitation link to the person and does not show it to the admin', async () => {
      const app = createTestApp({ smtpUrl: smtp.url, mailFrom: 'Monitor <monitor@icmpd.test>' });
      const { agent, csrf } = await signIn(app, 'admin');
      const response = await agent
        .post('/api/v1/users')
        .set('X-XSRF-TOKEN', csrf)
        .send({ email: 'new.person@example.org', name: 'New Person', role: 'evaluator' })
        .expect(201);
      expect(response.body.inviteUrl).toBeUndefined();
      const mail = smtp.received.find((message) => message.to.includes('new.person@example.org'));
      expect(mail).toBeDefined();
      expect(mail?.raw).toContain('From: Monitor <monitor@icmpd.test>');
      expect(mail?.raw.replace(/=\r?\n/g, '')).toMatch(/http:\/\/monitor\.test\/invitation\/[\w-]{43}/);
    });
  });
});
