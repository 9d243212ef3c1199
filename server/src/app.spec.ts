import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { createTestApp } from './testing/test-app.js';

describe('createApp', () => {
  describe('for an API route that does not exist', () => {
    it('answers 404 in the common error shape', async () => {
      const response = await request(createTestApp()).get('/api/v1/no-such-thing').expect(404);
      expect(response.body).toEqual({
        error: { code: 'not_found', message: 'There is no API endpoint GET /api/v1/no-such-thing.' },
      });
    });

    it('answers 404 for an unknown API version too', async () => {
      const response = await request(createTestApp()).post('/api/v2/health').expect(404);
      expect(response.body.error.code).toBe('not_found');
    });
  });

  describe('when the body is not valid JSON', () => {
    it('answers 400 invalid_json', async () => {
      const response = await request(createTestApp())
        .post('/api/v1/health')
        .set('Content-Type', 'application/json')
        .send('{"name": ')
        .expect(400);
      expect(response.body).toEqual({
        error: { code: 'invalid_json', message: 'The request body is not valid JSON.' },
      });
    });
  });

  describe('when the body is larger than the limit', () => {
    it('answers 413 payload_too_large naming the limit', async () => {
      const response = await request(createTestApp({ jsonBodyLimit: '1kb' }))
        .post('/api/v1/health')
        .send({ text: 'x'.repeat(2000) })
        .expect(413);
      expect(response.body.error).toEqual({
        code: 'payload_too_large',
        message: 'The request body is larger than the limit of 1024 bytes.',
      });
    });
  });

  describe('security headers', () => {
    it('gives pages a strict CSP with a fresh style nonce per response, and no X-Powered-By', async () => {
      const app = createTestApp();
      const first = await request(app).get('/api/docs');
      const second = await request(app).get('/api/docs');
      const csp = first.headers['content-security-policy']!;
      expect(csp).toContain("script-src 'self';");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toMatch(/style-src 'self' 'nonce-[A-Za-z0-9+/=]{24}'/);
      expect(second.headers['content-security-policy']).not.toBe(csp);
      expect(first.headers['x-content-type-options']).toBe('nosniff');
      expect(first.headers['x-powered-by']).toBeUndefined();
    });

    it('gives API answers a fixed CSP that allows nothing, and the same other headers', async () => {
      const response = await request(createTestApp()).get('/api/v1/health');
      expect(response.headers['content-security-policy']).toBe("default-src 'none';frame-ancestors 'none'");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['x-frame-options']).toBe('DENY');
      expect(response.headers['cross-origin-resource-policy']).toBe('same-origin');
      expect(response.headers['x-dns-prefetch-control']).toBeUndefined();
      expect(response.headers['x-powered-by']).toBeUndefined();
    });

    it('echoes a sane X-Request-Id and replaces a malformed one', async () => {
      const app = createTestApp();
      const kept = await request(app).get('/api/v1/health').set('X-Request-Id', 'trace-12345678');
      expect(kept.headers['x-request-id']).toBe('trace-12345678');
      const replaced = await request(app).get('/api/v1/health').set('X-Request-Id', '<script>');
      expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    });
  });

  describe('serving the web client', () => {
    let distDir: string;

    beforeAll(() => {
      distDir = mkdtempSync(path.join(os.tmpdir(), 'ppm-dist-'));
      writeFileSync(path.join(distDir, 'index.html'), '<app-root ngCspNonce="__CSP_NONCE__"></app-root>');
      writeFileSync(path.join(distDir, 'main-ABCD1234.js'), 'console.log(1)');
      mkdirSync(path.join(distDir, 'i18n'));
      writeFileSync(path.join(distDir, 'i18n', 'en.json'), '{}');
    });
    afterAll(() => rmSync(distDir, { recursive: true, force: true }));

    it('answers a deep client route with index.html carrying the nonce of the CSP header', async () => {
      const response = await request(createTestApp({ clientDistDir: distDir }))
        .get('/reports/AT')
        .set('Accept', 'text/html')
        .expect(200);
      const nonce = /'nonce-([^']+)'/.exec(response.headers['content-security-policy']!)?.[1];
      expect(response.text).toBe(`<app-root ngCspNonce="${nonce}"></app-root>`);
      expect(response.headers['cache-control']).toBe('no-cache');
    });

    it('caches hashed bundles for a year and revalidates translations', async () => {
      const app = createTestApp({ clientDistDir: distDir });
      const bundle = await request(app).get('/main-ABCD1234.js').expect(200);
      expect(bundle.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      const translations = await request(app).get('/i18n/en.json').expect(200);
      expect(translations.headers['cache-control']).toBe('no-cache');
    });

    it('answers 404 for a missing file instead of the app', async () => {
      await request(createTestApp({ clientDistDir: distDir }))
        .get('/missing-ABCD1234.js')
        .expect(404);
    });

    it('says how to build the client when it has not been built', async () => {
      const response = await request(createTestApp()).get('/').set('Accept', 'text/html').expect(503);
      expect(response.text).toContain('npm run build');
    });
  });
});
