import path from 'node:path';
import type { Logger } from '../logger.js';
import { ensureFerretdb, FERRETDB_VERSION, startFerretdb } from './ferretdb.js';
import { findDownloadedMongod, findOnPath, startMongod } from './mongod.js';
import { findFreePort, type ServerProcess } from './server-process.js';

export type EmbeddedDatabaseKind = 'mongod' | 'mongodb-memory-server' | 'ferretdb';

export interface EmbeddedDatabase {
  kind: EmbeddedDatabaseKind;
  uri: string;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  /** Where the data lives; each kind of server keeps its own subfolder. */
  dataDir: string;
  /** Where downloaded or built database binaries are cached (outside the repo). */
  cacheDir: string;
  databaseName: string;
  logger: Logger;
  port?: number;
}

/**
 * Provides a local MongoDB-compatible server when no MONGODB_URI is configured: a mongod on
 * the PATH, else the binary mongodb-memory-server can fetch, else FerretDB built from the Go
 * module proxy. See docs/adr/0002-embedded-database.md.
 */
export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const { dataDir, cacheDir, databaseName, logger } = options;
  const port = options.port ?? (await findFreePort());
  const describe = (kind: EmbeddedDatabaseKind, server: ServerProcess, dir: string): EmbeddedDatabase => {
    const uri = `mongodb://127.0.0.1:${server.port}/${databaseName}`;
    logger.info({ kind, uri, dataDir: dir }, `Embedded database: ${kind} on 127.0.0.1:${server.port}, data in ${dir}`);
    return { kind, uri, stop: server.stop };
  };

  const mongodOnPath = findOnPath('mongod');
  if (mongodOnPath) {
    const dir = path.join(dataDir, 'mongodb');
    return describe('mongod', await startMongod(mongodOnPath, dir, port), dir);
  }

  const downloaded = await findDownloadedMongod(cacheDir);
  if (downloaded.binary) {
    const dir = path.join(dataDir, 'mongodb');
    return describe('mongodb-memory-server', await startMongod(downloaded.binary, dir, port), dir);
  }
  logger.info({ reason: downloaded.reason }, `No MongoDB binary available; using FerretDB ${FERRETDB_VERSION} (SQLite)`);

  const dir = path.join(dataDir, 'ferretdb');
  const binary = await ensureFerretdb(cacheDir, logger);
  return describe('ferretdb', await startFerretdb(binary, dir, port), dir);
}
