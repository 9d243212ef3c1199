import path from 'node:path';
import type { Logger } from '../logger.js';
import { ensureFerretdb, FERRETDB_VERSION, startFerretdb } from './ferretdb.js';
import { findDownloadedMongod, findOnPath, startMongod } from './mongod.js';
import { findFreePort } from './server-process.js';

export type EmbeddedDatabaseKind = 'mongod' | 'mongodb-memory-server' | 'ferretdb';

export interface EmbeddedDatabase {
  kind: EmbeddedDatabaseKind;
  uri: string;
  /** The database server's process id. */
  pid: number | undefined;
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

interface DatabaseBinary {
  kind: EmbeddedDatabaseKind;
  binary: string;
}

/**
 * Finds (fetching or building it when needed) the server binary to run when no MONGODB_URI is
 * configured: a mongod on the PATH, else the binary mongodb-memory-server can fetch, else
 * FerretDB built from the Go module proxy. See docs/adr/0002-embedded-database.md.
 */
export async function resolveDatabaseBinary(cacheDir: string, logger: Logger): Promise<DatabaseBinary> {
  const onPath = findOnPath('mongod');
  if (onPath) return { kind: 'mongod', binary: onPath };
  const downloaded = await findDownloadedMongod(cacheDir);
  if (downloaded.binary) return { kind: 'mongodb-memory-server', binary: downloaded.binary };
  logger.info(
    { reason: downloaded.reason },
    `No MongoDB binary available; using FerretDB ${FERRETDB_VERSION} (SQLite)`,
  );
  return { kind: 'ferretdb', binary: await ensureFerretdb(cacheDir, logger) };
}

/** Starts the resolved server on loopback with its data on disk, and says which one it is. */
export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const { dataDir, cacheDir, databaseName, logger } = options;
  const { kind, binary } = await resolveDatabaseBinary(cacheDir, logger);
  const port = options.port ?? (await findFreePort());
  const kindDataDir = path.join(dataDir, kind === 'ferretdb' ? 'ferretdb' : 'mongodb');
  const server =
    kind === 'ferretdb' ? await startFerretdb(binary, kindDataDir, port) : await startMongod(binary, kindDataDir, port);
  const uri = `mongodb://127.0.0.1:${port}/${databaseName}`;
  logger.info(
    { kind, uri, dataDir: kindDataDir },
    `Embedded database: ${kind} on 127.0.0.1:${port}, data in ${kindDataDir}`,
  );
  return { kind, uri, pid: server.pid, stop: () => server.stop() };
}
