import type { Request, Response } from 'express';
import type { CachedReference } from './reference-cache.js';

/**
 * Answers with the JSON made when the value was cached, under its ETag; a client that sends that
 * ETag back in `If-None-Match` gets 304 without a body (Express compares them: `req.fresh`).
 * `no-cache` makes browsers ask every time, so a change shows at once; `private` because the
 * answer is for signed-in people only.
 */
export function sendCachedJson(req: Request, res: Response, cached: CachedReference<unknown>): void {
  res.setHeader('Cache-Control', 'private, no-cache');
  res.setHeader('ETag', cached.etag);
  if (req.fresh) {
    res.status(304).end();
    return;
  }
  res.type('application/json').send(cached.body);
}
