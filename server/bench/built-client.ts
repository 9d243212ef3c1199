import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import mongoose from 'mongoose';
import { type Browser, chromium } from 'playwright-core';
import request from 'supertest';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config/config.js';
import { TEST_CONFIG } from '../src/testing/test-app.js';
import { silentLogger } from '../src/testing/test-database.js';

/** Where `npm run build` puts the client the product serves. */
export const clientDistDir = loadConfig({ NODE_ENV: 'test' }).clientDistDir;

/**
 * The product as `npm start` serves it (API and built client) on a free port of this machine;
 * `distDir` serves another build (client-compare.ts).
 */
export async function serveBuiltClient(
  distDir = clientDistDir,
): Promise<{ app: Express; server: Server; baseUrl: string }> {
  const app = createApp({
    config: { ...TEST_CONFIG, clientDistDir: distDir },
    connection: mongoose.connection,
    logger: silentLogger,
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return { app, server, baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Opens a reporting cycle through the Secretariat's API and returns its id. */
export async function openReportingCycle(
  app: Express,
  secretariat: string,
  cycle: { name: { en: string; ru: string }; periodFrom: string; periodTo: string; deadline: string },
): Promise<string> {
  const today = new Date().toISOString().slice(0, 10);
  const created = await request(app)
    .post('/api/v1/cycles')
    .set('Authorization', secretariat)
    .send({ ...cycle, opensAt: today })
    .expect(201);
  const cycleId = (created.body as { id: string }).id;
  await request(app)
    .patch(`/api/v1/cycles/${cycleId}`)
    .set('Authorization', secretariat)
    .send({ status: 'open' })
    .expect(200);
  return cycleId;
}

/** Debian's Chromium without the background traffic that would count in what a page moves. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROME_BIN'] ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
