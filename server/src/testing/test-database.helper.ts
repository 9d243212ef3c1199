import { connectTestDatabase, disconnectTestDatabase } from './test-database.js';

// One database server for the whole server spec run; started before the first spec.
jasmine.DEFAULT_TIMEOUT_INTERVAL = 20_000;
beforeAll(connectTestDatabase, 600_000);
afterAll(disconnectTestDatabase, 30_000);
