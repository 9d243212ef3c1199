/** `npm run bench:load`: only issue 10's load scenario and the editor's first load, on a throwaway database. */
import type { AddressInfo } from 'node:net';
import mongoose from 'mongoose';
import { createApp } from '../src/app.js';
import { seedActionPlan, seedStatesAndRegions } from '../src/modules/reference/seed-reference-data.js';
import { bearerFor } from '../src/testing/auth.js';
import { TEST_CONFIG } from '../src/testing/test-app.js';
import { connectTestDatabase, disconnectTestDatabase, silentLogger } from '../src/testing/test-database.js';
import { benchEditorFirstLoad } from './editor-first-load.bench.js';
import { benchLoad } from './load.bench.js';

await connectTestDatabase();
await seedStatesAndRegions(silentLogger);
await seedActionPlan(silentLogger);
const app = createApp({ config: TEST_CONFIG, connection: mongoose.connection, logger: silentLogger });
const server = app.listen(0, '127.0.0.1');
// Savers pause 2-5 s: longer than Node's 5 s keep-alive would race their next request.
server.keepAliveTimeout = 30_000;
await new Promise((resolve) => server.once('listening', resolve));
const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
process.stdout.write(`Node ${process.version}, ${mongoose.connection.host}:${mongoose.connection.port}\n`);
const secretariat = (await bearerFor(app, 'secretariat')).authorization;
await benchLoad(app, baseUrl, secretariat);
server.close();
await benchEditorFirstLoad(secretariat);
await disconnectTestDatabase();
