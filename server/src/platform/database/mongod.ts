import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startServerProcess, type ServerProcess } from './server-process.js';

/** Finds an executable on the PATH, or undefined. */
export function findOnPath(name: string): string | undefined {
  for (const dir of (process.env['PATH'] ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, name);
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

const DOWNLOAD_RETRY_MS = 24 * 60 * 60 * 1000;

/**
 * The MongoDB binary mongodb-memory-server fetches (or has cached). A failed download is
 * remembered for a day, so machines without access to MongoDB's servers do not wait for it
 * at every start.
 */
export async function findDownloadedMongod(cacheDir: string): Promise<{ binary?: string; reason?: string }> {
  const marker = path.join(cacheDir, 'mongodb-download-failed.txt');
  if (existsSync(marker)) {
    const failedAt = Date.parse(readFileSync(marker, 'utf8'));
    if (Date.now() - failedAt < DOWNLOAD_RETRY_MS) {
      return { reason: `download failed at ${new Date(failedAt).toISOString()}; retried after a day` };
    }
  }
  try {
    const { MongoBinary } = await import('mongodb-memory-server-core');
    return { binary: await MongoBinary.getPath() };
  } catch (error) {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(marker, new Date().toISOString());
    return { reason: (error as Error).message.split('\n')[0] ?? 'download failed' };
  }
}

export async function startMongod(binary: string, dataDir: string, port: number): Promise<ServerProcess> {
  mkdirSync(dataDir, { recursive: true });
  return startServerProcess(
    'mongod',
    binary,
    ['--dbpath', dataDir, '--bind_ip', '127.0.0.1', '--port', String(port), '--quiet'],
    port,
  );
}
