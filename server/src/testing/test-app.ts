import mongoose from 'mongoose';
import { createApp, type AppDependencies } from '../app.js';
import { type Config, loadConfig } from '../config/config.js';
import { silentLogger } from './test-database.js';

export const TEST_CONFIG: Config = {
  ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', PUBLIC_URL: 'http://monitor.test' }),
  jsonBodyLimit: '100kb',
  clientDistDir: '/nonexistent-client-dist',
};

/** The real app on the test database connection, as supertest drives it. */
export function createTestApp(overrides: Partial<Config> = {}, extra: Partial<AppDependencies> = {}) {
  return createApp({
    config: { ...TEST_CONFIG, ...overrides },
    connection: mongoose.connection,
    logger: silentLogger,
    ...extra,
  });
}
