/**
 * `npm run bench`: measures the hot paths over HTTP against a real database server (a
 * throwaway one, or MONGODB_URI). Prints requests per second and latencies; asserts nothing.
 */
import type { AddressInfo } from 'node:net';
import mongoose from 'mongoose';
import { createApp } from '../src/app.js';
import { seedActionPlan, seedStatesAndRegions } from '../src/modules/reference/seed-reference-data.js';
import { bearerFor } from '../src/testing/auth.js';
import { TEST_CONFIG } from '../src/testing/test-app.js';
import { connectTestDatabase, disconnectTestDatabase, silentLogger } from '../src/testing/test-database.js';
import { hashPassword, verifyPassword } from '../src/modules/users/password.js';
import { measure } from './measure.js';
import { benchCredentials } from './credentials.bench.js';
import { benchEditorFirstLoad } from './editor-first-load.bench.js';
import { benchLoad } from './load.bench.js';
import { benchReporting } from './reporting.bench.js';
import { benchEvaluations } from './evaluations.bench.js';
import { benchClientLoad } from './client-load.bench.js';

await connectTestDatabase();
await seedStatesAndRegions(silentLogger);
await seedActionPlan(silentLogger);
const app = createApp({ config: TEST_CONFIG, connection: mongoose.connection, logger: silentLogger });
const server = app.listen(0, '127.0.0.1');
// The load scenario's savers pause 2-5 s: longer than Node's 5 s keep-alive would race them.
server.keepAliveTimeout = 30_000;
await new Promise((resolve) => server.once('listening', resolve));
const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const { authorization } = await bearerFor(app, 'secretariat');

process.stdout.write(`Node ${process.version}, ${mongoose.connection.host}:${mongoose.connection.port}\n`);
await measure(baseUrl, { title: 'GET /health (database ping)', path: '/api/v1/health' });
await measure(baseUrl, {
  title: 'GET /action-plan (53 actions, bearer token)',
  path: '/api/v1/action-plan',
  headers: { authorization },
});
await measure(baseUrl, { title: 'GET /states (50 states)', path: '/api/v1/states', headers: { authorization } });
await benchReporting(app, baseUrl, authorization);
await benchLoad(app, baseUrl, authorization);
await benchCredentials(app, baseUrl);
await benchEvaluations(app, (await bearerFor(app, 'evaluator')).authorization);

// Sign-in cost is dominated by argon2id, by design; measured in-process.
const passwordHash = await hashPassword('Danube-Vltava-2009!');
const started = performance.now();
for (let round = 0; round < 20; round += 1) await verifyPassword(passwordHash, 'Danube-Vltava-2009!');
process.stdout.write(
  `${'argon2id verify (19 MiB, t=2), one sign-in'.padEnd(58)} ${((performance.now() - started) / 20).toFixed(1)} ms each\n`,
);

server.close();
await benchClientLoad(authorization);
await benchEditorFirstLoad(authorization);
await disconnectTestDatabase();
