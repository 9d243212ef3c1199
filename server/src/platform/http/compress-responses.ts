import compression from 'compression';
import type { Request, RequestHandler, Response } from 'express';

/**
 * Only what we build as text (JSON answers, index.html) is compressed here. Downloads (an
 * `attachment`) are left as they are: stored files are mostly compressed already, and an
 * unchanged body keeps its Content-Length (the browser's download progress) and Range
 * requests. The client's built files arrive already compressed (client-app.ts) and are
 * passed through untouched, as they carry a Content-Encoding.
 */
function isCompressible(req: Request, res: Response): boolean {
  if (res.getHeader('Content-Disposition') !== undefined || req.headers.range !== undefined) {
    return false;
  }
  return compression.filter(req, res);
}

/** Brotli at quality 4 (the library's default) or gzip, for answers of 1 KiB and more. */
export function compressResponses(): RequestHandler {
  return compression({ filter: isCompressible, threshold: 1024 });
}
