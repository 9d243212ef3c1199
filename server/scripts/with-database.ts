import mongoose from 'mongoose';
import { ConfigError, loadConfig } from '../src/config/config.js';
import { connectDatabase } from '../src/platform/database/connect.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../src/platform/database/embedded-database.js';
import { createLogger } from '../src/platform/logger.js';

type Db = NonNullable<mongoose.Connection['db']>;

export const say = (message: string) => process.stdout.write(`${message}\n`);

/**
 * Runs `work` on the product's database, as the server finds it: MONGODB_URI, or the embedded
 * database in DATA_DIR (started here, so the server must be stopped: one process per data folder).
 * Prints a failure and sets the exit code instead of throwing.
 */
export async function withDatabase(work: (db: Db) => Promise<void>): Promise<void> {
  let embedded: EmbeddedDatabase | undefined;
  try {
    const config = loadConfig();
    const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
    if (!config.mongodbUri) {
      say(`MONGODB_URI is not set: using the embedded database in ${config.dataDir} (stop the server first)`);
      embedded = await startEmbeddedDatabase({
        dataDir: config.dataDir,
        cacheDir: config.dbCacheDir,
        databaseName: 'ppmonitor',
        logger,
      });
    }
    await connectDatabase(config.mongodbUri ?? embedded!.uri);
    await work(mongoose.connection.db!);
  } catch (error) {
    process.stderr.write(`${error instanceof ConfigError || error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  } finally {
    await mongoose.disconnect();
    await embedded?.stop();
  }
}

export function describeCounts(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([name, count]) => `  ${name}: ${count}`)
    .join('\n');
}
