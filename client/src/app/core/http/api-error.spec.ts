import { httpError } from '../../../testing/fixtures';
import { NETWORK_ERROR, UNKNOWN_ERROR, toApiError } from './api-error';

describe('toApiError', () => {
  it('keeps the status, code, message and field problems of an API error answer', () => {
    const error = toApiError(
      httpError(400, {
        code: 'validation_failed',
        message: 'The request is not valid.',
        details: [{ path: 'newPassword', message: 'must be at least 12 characters long' }],
      }),
    );

    expect(error).toEqual({
      status: 400,
      code: 'validation_failed',
      message: 'The request is not valid.',
      details: [{ path: 'newPassword', message: 'must be at least 12 characters long' }],
    });
  });

  it('reads how long to wait from a 429 answer', () => {
    const error = toApiError(
      httpError(429, { code: 'too_many_attempts', details: { retryAfterSeconds: 420 } }),
    );

    expect(error.code).toBe('too_many_attempts');
    expect(error.retryAfterSeconds).toBe(420);
    expect(error.details).toEqual([]);
  });

  it('falls back to the Retry-After header', () => {
    const error = toApiError(
      httpError(429, { code: 'too_many_attempts' }, { 'Retry-After': '90' }),
    );

    expect(error.retryAfterSeconds).toBe(90);
  });

  it('calls an answer that never came a network error', () => {
    const error = toApiError(httpError(0));

    expect(error.status).toBe(0);
    expect(error.code).toBe(NETWORK_ERROR);
  });

  it('copes with answers that are not our error body, e.g. a proxy page', () => {
    const error = toApiError(httpError(502));

    expect(error.status).toBe(502);
    expect(error.code).toBe(UNKNOWN_ERROR);
  });

  it('copes with things that are not HTTP errors at all', () => {
    expect(toApiError(new Error('boom')).code).toBe(UNKNOWN_ERROR);
  });
});
