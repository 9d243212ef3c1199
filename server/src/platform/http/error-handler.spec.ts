import mongoose from 'mongoose';
import { z } from 'zod';
import { resetDatabase } from '../../testing/test-database.js';
import { AppError } from './app-error.js';
import { toAppError } from './error-handler.js';

const Probe = mongoose.model(
  'ErrorHandlerProbe',
  new mongoose.Schema({ email: { type: String, required: true, unique: true }, count: { type: Number, min: 0 } }),
);

describe('toAppError', () => {
  beforeAll(() => Probe.init());
  beforeEach(resetDatabase);

  it('keeps an AppError as it is', () => {
    const error = AppError.conflict('stale_version', 'Someone else saved first.');
    expect(toAppError(error)).toBe(error);
  });

  it('turns a zod error into 400 with one detail per field', () => {
    const result = z.object({ name: z.string(), age: z.number() }).safeParse({ name: 1 });
    const error = toAppError(result.error);
    expect(error?.status).toBe(400);
    expect(error?.details).toEqual([
      { path: 'name', message: 'Invalid input: expected string, received number' },
      { path: 'age', message: 'Invalid input: expected number, received undefined' },
    ]);
  });

  describe('with errors from the real database', () => {
    // MongoDB names the duplicated field; FerretDB does not, so the message falls back to "key".
    it('maps a duplicate key to 409 and keeps the first record', async () => {
      await Probe.create({ email: 'a@example.org' });
      const failure = await Probe.create({ email: 'a@example.org' }).catch((error: unknown) => error);
      const error = toAppError(failure);
      expect(error?.status).toBe(409);
      expect(error?.code).toBe('duplicate');
      expect(error?.message).toMatch(/^A record with the same (email|key) already exists\.$/);
      expect(await Probe.countDocuments()).toBe(1);
    });

    it('maps a Mongoose validation failure to 400 with the failing paths', async () => {
      const failure = await Probe.create({ count: -1 }).catch((error: unknown) => error);
      const error = toAppError(failure);
      expect(error?.status).toBe(400);
      expect((error?.details as { path: string }[]).map((detail) => detail.path).sort()).toEqual(['count', 'email']);
    });

    it('maps a malformed id to 400', async () => {
      const failure = await Probe.findById('not-an-id').catch((error: unknown) => error);
      expect(toAppError(failure)?.status).toBe(400);
    });
  });

  it('leaves an unknown error to become a 500', () => {
    expect(toAppError(new TypeError('x is undefined'))).toBeNull();
  });
});
