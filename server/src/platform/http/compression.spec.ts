import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import type { Express } from 'express';
import { seedActionPlan, seedStatesAndRegions } from '../../modules/reference/seed-reference-data.js';
import { bearerFor } from '../../testing/auth.js';
import { createTestApp } from '../../testing/test-app.js';
import { resetDatabase, silentLogger } from '../../testing/test-database.js';

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** The bytes as they travelled, not decompressed. */
  body: Buffer;
}

/** A plain HTTP request: supertest would decompress the body before we could look at it. */
async function rawGet(app: Express, urlPath: string, headers: Record<string, string>): Promise<RawResponse> {
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    return await new Promise<RawResponse>((resolve, reject) => {
      const outgoing = httpRequest({ host: '127.0.0.1', port, path: urlPath, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
        );
        response.on('error', reject);
      });
      outgoing.on('error', reject);
      outgoing.end();
    });
  } finally {
    server.close();
  }
}

describe('Compressed responses', () => {
  describe('for the built web client', () => {
    // Text that compresses well, like a bundle; the copies hold a marker so we can tell which was sent.
    const bundle = `export const plan = ${JSON.stringify(Array.from({ length: 300 }, (_, i) => `action ${i}`))};\n`;
    let distDir: string;
    let app: Express;

    beforeAll(() => {
      distDir = mkdtempSync(path.join(os.tmpdir(), 'ppm-precompressed-'));
      writeFileSync(
        path.join(distDir, 'index.html'),
        `<app-root ngCspNonce="__CSP_NONCE__"></app-root>${' '.repeat(2000)}`,
      );
      writeFileSync(path.join(distDir, 'chunk-ABCD1234.js'), bundle);
      writeFileSync(path.join(distDir, 'chunk-ABCD1234.js.br'), brotliCompressSync(`${bundle}// br copy`));
      writeFileSync(path.join(distDir, 'chunk-ABCD1234.js.gz'), gzipSync(`${bundle}// gz copy`));
      app = createTestApp({ clientDistDir: distDir });
    });
    afterAll(() => rmSync(distDir, { recursive: true, force: true }));

    it('sends a hashed bundle as its brotli copy to a browser that accepts brotli, cached for a year', async () => {
      const response = await rawGet(app, '/chunk-ABCD1234.js', { 'accept-encoding': 'gzip, deflate, br' });

      expect(response.status).toBe(200);
      expect(response.headers['content-encoding']).toBe('br');
      expect(response.headers['content-type']).toBe('text/javascript; charset=UTF-8');
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(response.headers.vary).toBe('Accept-Encoding');
      expect(brotliDecompressSync(response.body).toString()).toBe(`${bundle}// br copy`);
    });

    it('sends the gzip copy to a client that accepts only gzip', async () => {
      const response = await rawGet(app, '/chunk-ABCD1234.js', { 'accept-encoding': 'gzip' });

      expect(response.headers['content-encoding']).toBe('gzip');
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(gunzipSync(response.body).toString()).toBe(`${bundle}// gz copy`);
    });

    it('sends the file itself to a client that accepts no encoding', async () => {
      const response = await rawGet(app, '/chunk-ABCD1234.js', { 'accept-encoding': 'identity' });

      expect(response.headers['content-encoding']).toBeUndefined();
      expect(response.body.toString()).toBe(bundle);
    });

    it('compresses index.html per response, keeping the nonce of that response’s CSP', async () => {
      const response = await rawGet(app, '/reports/AT', { accept: 'text/html', 'accept-encoding': 'br' });

      expect(response.headers['content-encoding']).toBe('br');
      expect(response.headers['cache-control']).toBe('no-cache');
      const nonce = /'nonce-([^']+)'/.exec(String(response.headers['content-security-policy']))?.[1];
      expect(nonce).toBeDefined();
      expect(brotliDecompressSync(response.body).toString()).toBe(
        `<app-root ngCspNonce="${nonce}"></app-root>${' '.repeat(2000)}`,
      );
    });
  });

  describe('for API answers', () => {
    let app: Express;
    let authorization: string;

    beforeEach(async () => {
      await resetDatabase();
      await seedStatesAndRegions(silentLogger);
      await seedActionPlan(silentLogger);
      app = createTestApp();
      ({ authorization } = await bearerFor(app, 'secretariat'));
    });

    it('compresses a large JSON answer (the action plan) with brotli', async () => {
      const plain = await rawGet(app, '/api/v1/action-plan', { authorization, 'accept-encoding': 'identity' });
      const compressed = await rawGet(app, '/api/v1/action-plan', { authorization, 'accept-encoding': 'gzip, br' });

      expect(compressed.status).toBe(200);
      expect(compressed.headers['content-encoding']).toBe('br');
      expect(compressed.headers['content-type']).toBe('application/json; charset=utf-8');
      const json = brotliDecompressSync(compressed.body).toString();
      expect(json).toBe(plain.body.toString());
      expect((JSON.parse(json) as { areas: unknown[] }).areas.length).toBe(6);
      // Titles in two languages repeat their shape: well under a third of the size.
      expect(compressed.body.length).toBeLessThan(plain.body.length / 3);
    });

    it('leaves a small answer (under 1 KiB) as it is', async () => {
      const response = await rawGet(app, '/api/v1/health', { 'accept-encoding': 'gzip, br' });

      expect(response.headers['content-encoding']).toBeUndefined();
      expect(JSON.parse(response.body.toString())).toEqual(jasmine.objectContaining({ status: 'ok' }));
    });

    it('leaves a download (an attachment) uncompressed, with its length', async () => {
      const response = await rawGet(app, '/api/v1/action-plan/import/template?format=csv', {
        authorization,
        'accept-encoding': 'gzip, br',
      });

      expect(response.status).toBe(200);
      expect(response.headers['content-disposition']).toContain('action-plan-template.csv');
      expect(response.headers['content-encoding']).toBeUndefined();
      expect(Number(response.headers['content-length'])).toBe(response.body.length);
      expect(response.body.length).toBeGreaterThan(1024);
    });
  });
});
