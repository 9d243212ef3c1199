import { randomUUID } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from '../logger.js';

const REQUEST_ID_PATTERN = /^[\w.-]{8,128}$/;

declare module 'http' {
  interface IncomingMessage {
    /** This request's id, echoed back as X-Request-Id. */
    id: string;
    /** A logger that names this request (made the first time something logs through it). */
    log: Logger;
  }
}

function levelFor(statusCode: number): 'info' | 'warn' | 'error' {
  // A 503 while the database is away is expected; the outage itself is logged once as an error.
  if (statusCode === 503) return 'warn';
  if (statusCode >= 500) return 'error';
  return statusCode >= 400 ? 'warn' : 'info';
}

function describe(req: Request) {
  return { id: req.id, method: req.method, url: req.originalUrl };
}

/**
 * Logs each request once it is answered (or abandoned), with an id echoed back as
 * X-Request-Id (a sane incoming one is kept). Written on pino itself rather than pino-http,
 * makes two child loggers per request (serialising the request each time) whether or not
 * anything is logged through them (ADR 24).
 */
export function requestLogging(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const incoming = req.headers['x-request-id'];
    req.id = typeof incoming === 'string' && REQUEST_ID_PATTERN.test(incoming) ? incoming : randomUUID();
    res.setHeader('X-Request-Id', req.id);
    let requestLogger: Logger | undefined;
    Object.defineProperty(req, 'log', {
      get: () => (requestLogger ??= logger.child({ req: describe(req) })),
    });
    const started = performance.now();
    res.once('close', () => logAnswer(logger, req, res, performance.now() - started));
    next();
  };
}

function logAnswer(logger: Logger, req: Request, res: Response, elapsedMs: number): void {
  const responseTime = Math.round(elapsedMs);
  if (!res.writableFinished) {
    logger.warn({ req: describe(req), responseTime }, 'request aborted');
    return;
  }
  const level = levelFor(res.statusCode);
  if (!logger.isLevelEnabled(level)) return;
  logger[level]({ req: describe(req), res: { statusCode: res.statusCode }, responseTime }, 'request completed');
}
