import { SMTPServer } from 'smtp-server';
import { findFreePort } from '../../platform/database/server-process.js';
import { signIn } from '../../testing/auth.js';
import { createTestApp } from '../../testing/test-app.js';
import { resetDatabase } from '../../testing/test-database.js';

interface Received {
  to: string[];
  raw: string;
}

describe('Invitations by email', () => {
  let smtp: SMTPServer;
  let port: number;
  const received: Received[] = [];

  beforeAll(async () => {
    port = await findFreePort();
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let raw = '';
        stream.on('data', (chunk: Buffer) => (raw += chunk.toString()));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(port, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())));
  beforeEach(resetDatabase);

  describe('when SMTP is configured', () => {
    it('mails the invitation link to the person and does not show it to the admin', async () => {
      const app = createTestApp({ smtpUrl: `smtp://127.0.0.1:${port}`, mailFrom: 'Monitor <monitor@icmpd.test>' });
      const { agent, csrf } = await signIn(app, 'admin');
      const response = await agent
        .post('/api/v1/users')
        .set('X-XSRF-TOKEN', csrf)
        .send({ email: 'new.person@example.org', name: 'New Person', role: 'evaluator' })
        .expect(201);
      expect(response.body.inviteUrl).toBeUndefined();
      const mail = received.find((message) => message.to.includes('new.person@example.org'));
      expect(mail).toBeDefined();
      expect(mail?.raw).toContain('From: Monitor <monitor@icmpd.test>');
      expect(mail?.raw.replace(/=\r?\n/g, '')).toMatch(/http:\/\/monitor\.test\/invitation\/[\w-]{43}/);
    });
  });
});
