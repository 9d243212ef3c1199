import mongoose from 'mongoose';
import { createApp } from '../app.js';
import type { Config } from '../config/config.js';
import { silentLogger } from './test-database.js';

export const TEST_CONFIG: Pick<Config, 'jsonBodyLimit' | 'clientDistDir' | 'trustProxy' | 'env'> = {
  jsonBodyLimit: '100kb',
  clientDistDir: '/nonexistent-client-dist',
  trustProxy: false,
  env: 'test',
};

/** The real app on the test database connection, as supertest drives it. */
export function createTestApp(overrides: Partial<typeof TEST_CONFIG> = {}) {
  return createApp({ config: { ...TEST_CONFIG, ...overrides }, connection: mongoose.connection, logger: silentLogger });
}
