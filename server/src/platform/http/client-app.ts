import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type RequestHandler, Router } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { type RoutePreloads, readRoutePreloads, withRoutePreloads } from './route-preloads.js';

// Either name may end in .br or .gz: the brotli or gzip copy made at build time is served.
const HASHED_ASSET = /-[A-Z0-9]{8}\.(js|css|woff2?|ttf)(\.br|\.gz)?$/;
const NONCE_PLACEHOLDER = /__CSP_NONCE__/g;

/**
 * Hashed bundles (the icon set among them, ADR 0023) never change under their name: a year.
 * Everything else (translations, favicon) is revalidated on every use.
 */
function cacheControlFor(filePath: string): string {
  return HASHED_ASSET.test(filePath) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * Serves the built Angular app from the same origin as the API: hashed assets cached for a
 * year, everything else revalidated, and index.html (with the response's
 * CSP nonce, and `modulepreload` links for the chunks of the page asked for) for every client
 * route so deep links work. Text files go out as the brotli or gzip copy the client build
 * wrote beside them (client/scripts/precompress.mjs), as the browser accepts; the copies and
 * the list of preloads are found once, when first needed.
 */
export function clientApp(distDir: string): Router {
  const router = Router();
  const indexFile = path.join(distDir, 'index.html');
  let indexHtml: string | undefined;
  const loadIndex = () => (indexHtml ??= existsSync(indexFile) ? readFileSync(indexFile, 'utf8') : undefined);
  let preloads: RoutePreloads | undefined;
  const loadPreloads = () => (preloads ??= readRoutePreloads(distDir));

  router.use(
    expressStaticGzip(distDir, {
      enableBrotli: true,
      orderPreference: ['br', 'gzip'],
      index: false,
      serveStatic: {
        index: false,
        setHeaders(res, filePath) {
          res.setHeader('Cache-Control', cacheControlFor(filePath));
        },
      },
    }),
  );

  const spaFallback: RequestHandler = (req, res, next) => {
    if (path.extname(req.path) !== '' || !req.accepts('html')) {
      next();
      return;
    }
    const html = loadIndex();
    if (!html) {
      res
        .status(503)
        .type('text/plain')
        .send('The web client has not been built yet. Run "npm run build", then reload.');
      return;
    }
    res
      .setHeader('Cache-Control', 'no-cache')
      .type('html')
      .send(
        withRoutePreloads(html, loadPreloads(), req.path).replace(NONCE_PLACEHOLDER, String(res.locals['cspNonce'])),
      );
  };
  router.get('/{*clientRoute}', spaFallback);
  return router;
}
