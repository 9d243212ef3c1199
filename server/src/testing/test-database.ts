import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import { loadConfig } from '../config/config.js';
import { CONNECTION_OPTIONS, configureMongoose } from '../platform/database/connect.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../platform/database/embedded-database.js';
import { createLogger } from '../platform/logger.js';

export const silentLogger = createLogger('silent');

/**
 * A throwaway database server for one test run: the same provisioning as `npm start`, in a
 * temporary folder on a free port, so tests never touch the data of a running product.
 */
export async function startThrowawayDatabase(port?: number): Promise<EmbeddedDatabase & { dataDir: string }> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ppm-test-db-'));
  const database = await startEmbeddedDatabase({
    dataDir,
    cacheDir: loadConfig().dbCacheDir,
    databaseName: 'ppm_test',
    logger: silentLogger,
    ...(port === undefined ? {} : { port }),
  });
  return {
    ...database,
    dataDir,
    stop: async () => {
      await database.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

let database: (EmbeddedDatabase & { dataDir: string }) | undefined;
const dbName = `ppm_test_${process.pid}_${Date.now()}`;

/** Connects the default Mongoose connection to MONGODB_URI (own database name) or a throwaway server. */
export async function connectTestDatabase(): Promise<void> {
  const configuredUri = process.env['MONGODB_URI'];
  if (!configuredUri) database = await startThrowawayDatabase();
  configureMongoose();
  await mongoose.connect(configuredUri ?? database!.uri, { ...CONNECTION_OPTIONS, dbName });
}

export async function disconnectTestDatabase(): Promise<void> {
  if (!database) await mongoose.connection.db?.dropDatabase();
  await mongoose.disconnect();
  await database?.stop();
}

/** Empties every collection between specs (cheaper than dropping the database). */
export async function resetDatabase(): Promise<void> {
  const collections = await mongoose.connection.db!.collections();
  await Promise.all(collections.map((collection) => collection.deleteMany({})));
}

/**
 * Freezes the throwaway database server (SIGSTOP) as a hung machine would, until `resume` is
 * called (SIGCONT). Undefined when the specs run against MONGODB_URI: the spec is then skipped.
 */
export function databaseFreezer(): { freeze(): void; resume(): void } | undefined {
  const pid = database?.pid;
  if (pid === undefined) return undefined;
  return {
    freeze: () => process.kill(pid, 'SIGSTOP'),
    resume: () => process.kill(pid, 'SIGCONT'),
  };
}
