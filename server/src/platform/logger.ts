import { pino, type Logger } from 'pino';

export type { Logger };

/** JSON logs on stdout; tests pass level "silent". */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'ppm-server' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'], remove: true },
  });
}
