/**
 * Prepares the embedded database binary ahead of time (CI, Docker-less machines), so the first
 * `npm start` or `npm test` does not wait for a download or a build. Skipped when MONGODB_URI is set.
 */
import { loadConfig } from '../src/config/config.js';
import { resolveDatabaseBinary } from '../src/platform/database/embedded-database.js';
import { createLogger } from '../src/platform/logger.js';

const config = loadConfig();
const logger = createLogger('info');
if (config.mongodbUri) {
  logger.info('MONGODB_URI is set: no embedded database needed');
} else {
  const { kind, binary } = await resolveDatabaseBinary(config.dbCacheDir, logger);
  logger.info({ kind, binary }, `Embedded database ready: ${kind}`);
}
