/**
 * `npm run bench:client -w server`: only the page-load parts of `npm run bench` (the client in
 * Chromium: sign-in page and report editor on slow 4G and loopback, and the editor's cold first
 * load). Needs `npm run build` first.
 */
import mongoose from 'mongoose';
import { createApp } from '../src/app.js';
import { seedActionPlan, seedStatesAndRegions } from '../src/modules/reference/seed-reference-data.js';
import { bearerFor } from '../src/testing/auth.js';
import { TEST_CONFIG } from '../src/testing/test-app.js';
import { connectTestDatabase, disconnectTestDatabase, silentLogger } from '../src/testing/test-database.js';
import { benchClientLoad } from './client-load.bench.js';
import { benchEditorFirstLoad } from './editor-first-load.bench.js';

await connectTestDatabase();
await seedStatesAndRegions(silentLogger);
await seedActionPlan(silentLogger);
const app = createApp({ config: TEST_CONFIG, connection: mongoose.connection, logger: silentLogger });
const { authorization } = await bearerFor(app, 'secretariat');
await benchEditorFirstLoad(authorization);
await benchClientLoad(authorization);
await disconnectTestDatabase();
