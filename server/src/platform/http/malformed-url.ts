import type { RequestHandler } from 'express';
import { AppError } from './app-error.js';

export const MALFORMED_URL_MESSAGE = 'The address is not valid: it contains a malformed %-escape.';

/**
 * Refuses a path that cannot be decoded before any router or static file server tries to,
 * so every such address gets the same 400 in the common error body (the router would mark
 * its own decode error 400; some static servers answer plain text).
 */
export const refuseMalformedUrl: RequestHandler = (req, _res, next) => {
  try {
    decodeURIComponent(req.path);
  } catch {
    throw new AppError(400, 'bad_request', MALFORMED_URL_MESSAGE);
  }
  next();
};
