import { randomBytes } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import helmet from 'helmet';

interface NonceResponse {
  locals: Record<string, unknown>;
}
const nonceSource = (_req: unknown, res: unknown) => `'nonce-${String((res as NonceResponse).locals['cspNonce'])}'`;

/** API answers are data, never documents: nothing in them may load or run anything. */
const isApiData = (req: Request) => req.path.startsWith('/api/v1/');

/**
 * Strict CSP. Pages (the app's index.html, the API's docs page): scripts only from our origin,
 * styles from our origin or with a fresh nonce per response (Angular puts it on the <style>
 * elements it creates: ngCspNonce), no third-party hosts at all. API answers get a fixed policy
 * that allows nothing, made once, and no nonce (ADR 4, 24).
 */
export function securityHeaders(options: { https: boolean }): RequestHandler {
  const common = {
    strictTransportSecurity: options.https,
    crossOriginEmbedderPolicy: false,
  };
  const forPages = helmet({
    ...common,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", nonceSource],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(options.https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
  });
  // What matters for an answer that is only ever fetched: no sniffing it into something
  // runnable, no framing, no use by other sites. The rest of helmet's set (DNS prefetch, IE's
  // download and XSS switches, Flash policies, opener and agent-cluster isolation, referrer)
  // concern documents: seven headers fewer on every answer.
  const forApiData = helmet({
    ...common,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
    },
    crossOriginOpenerPolicy: false,
    originAgentCluster: false,
    referrerPolicy: false,
    xDnsPrefetchControl: false,
    xDownloadOptions: false,
    xPermittedCrossDomainPolicies: false,
    xXssProtection: false,
    xFrameOptions: { action: 'deny' },
  });
  return (req, res, next) => {
    if (isApiData(req)) {
      forApiData(req, res, next);
      return;
    }
    res.locals['cspNonce'] = randomBytes(16).toString('base64');
    forPages(req, res, next);
  };
}
