import type { Server } from 'node:http';
import request from 'supertest';
import type { AppError } from '../../platform/http/app-error.js';
import { createUser, TEST_PASSWORD } from '../../testing/auth.js';
import { createTestApp } from '../../testing/test-app.js';
import { resetDatabase } from '../../testing/test-database.js';
import { LoginAttemptModel } from './login-attempt.model.js';
import { LoginThrottle, MAX_FAILURES, pruneOldLoginAttempts } from './login-throttle.js';

describe('LoginThrottle', () => {
  let server: Server;

  beforeEach(async () => {
    await resetDatabase();
    await createUser('secretariat', { email: 'target@example.org' });
    server = createTestApp({}, { loginDelayUnitMs: 1 }).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
  });
  afterEach(() => new Promise((resolve) => server.close(resolve)));

  const attempt = (password: string) =>
    request(server).post('/api/v1/auth/token').send({ email: 'target@example.org', password });

  describe('when 40 guesses for one account arrive at once, the right password last', () => {
    it('checks at most the allowance of passwords, refuses the rest with 429, and stays locked', async () => {
      const passwords = [...Array.from({ length: 39 }, (_, index) => `wrong-guess-${index}`), TEST_PASSWORD];
      const answers = await Promise.all(passwords.map((password) => attempt(password)));
      const statuses = answers.map((answer) => answer.status);
      const checked = statuses.filter((status) => status === 401 || status === 200).length;
      expect(statuses.filter((status) => ![200, 401, 429].includes(status))).toEqual([]);
      expect(checked).toBeLessThanOrEqual(MAX_FAILURES);
      expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(40 - MAX_FAILURES);
      // Whatever the order, the burst used the allowance up: one more guess is not checked.
      const after = await attempt('wrong-guess-after');
      expect(after.status).toBe(429);
    }, 60_000);
  });

  describe('when a right password arrives while wrong guesses are still being checked', () => {
    /** Waits until this many slots are taken (each attempt takes its slot before its check). */
    async function slotsTaken(count: number): Promise<void> {
      const until = Date.now() + 10_000;
      while ((await LoginAttemptModel.countDocuments()) < count) {
        if (Date.now() > until) throw new Error(`Fewer than ${count} attempts took a slot`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }

    it('does not hand the burst a fresh allowance', async () => {
      // 250 ms a step past the free failures: the right password (the sixth attempt) waits
      // 500 ms before its check, while the later guesses take their slots, as in a real burst.
      await new Promise((resolve) => server.close(resolve));
      server = createTestApp({}, { loginDelayUnitMs: 250 }).listen(0, '127.0.0.1');
      await new Promise((resolve) => server.once('listening', resolve));
      const send = (password: string) => attempt(password).then((answer) => answer);

      const wrong = Promise.all(Array.from({ length: 5 }, (_, index) => send(`wrong-${index}`)));
      await slotsTaken(5);
      const right = send(TEST_PASSWORD);
      await slotsTaken(6);
      const later = Promise.all(Array.from({ length: 5 }, (_, index) => send(`later-${index}`)));
      const answers = [...(await wrong), await right, ...(await later)];
      expect(answers[5]!.status).toBe(200);

      const wrongChecked = answers.filter((answer) => answer.status === 401).length;
      const again = await Promise.all(Array.from({ length: 10 }, (_, index) => send(`again-${index}`)));
      const againChecked = again.filter((answer) => answer.status === 401).length;
      // Ten slots were taken while guesses were still being checked; only the right one's own is given back.
      expect(wrongChecked + againChecked).toBeLessThanOrEqual(MAX_FAILURES);
    }, 60_000);
  });

  describe('when the allowance was used just before a 15-minute window ended', () => {
    it('still refuses in the next window, until the failures are 15 minutes old', async () => {
      const throttle = new LoginThrottle(0);
      const windowEnd = Math.ceil(Date.now() / 900_000) * 900_000;
      for (let failure = 0; failure < MAX_FAILURES; failure += 1) {
        await throttle.reserve('edge@example.org', '10.0.0.1', new Date(windowEnd - 1000));
      }
      const refused = (await throttle
        .reserve('edge@example.org', '10.0.0.1', new Date(windowEnd + 1000))
        .catch((error: unknown) => error)) as AppError;
      expect(refused.status).toBe(429);
      // 15 minutes after the failures at windowEnd - 1 s, seen from windowEnd + 1 s: 898 s.
      expect(refused.details).toEqual({ retryAfterSeconds: 898 });
      const later = await throttle.reserve('edge@example.org', '10.0.0.1', new Date(windowEnd + 900_000));
      expect(later.position).toBe(1);
      // Another address is counted on its own.
      expect((await throttle.reserve('edge@example.org', '10.0.0.2', new Date(windowEnd + 1000))).position).toBe(1);
    });

    it('prunes attempts older than two windows, and only those', async () => {
      const throttle = new LoginThrottle(0);
      const now = Date.now();
      await throttle.reserve('old@example.org', '10.0.0.1', new Date(now - 31 * 60_000));
      await throttle.reserve('new@example.org', '10.0.0.1', new Date(now - 60_000));
      expect(await pruneOldLoginAttempts(new Date(now))).toBe(1);
      expect(await LoginAttemptModel.countDocuments()).toBe(1);
    });
  });
});
