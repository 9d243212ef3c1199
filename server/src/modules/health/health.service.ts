import type { Connection } from 'mongoose';

export interface HealthReport {
  status: 'ok' | 'degraded';
  db: 'up' | 'down';
}

/** Pings the database, giving up after `timeoutMs` so a dead database cannot hang the check. */
export async function checkHealth(connection: Connection, timeoutMs = 2000): Promise<HealthReport> {
  const up = await pingDatabase(connection, timeoutMs);
  return up ? { status: 'ok', db: 'up' } : { status: 'degraded', db: 'down' };
}

async function pingDatabase(connection: Connection, timeoutMs: number): Promise<boolean> {
  const db = connection.db;
  if (!db) return false;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const ping = db
    .admin()
    .ping({ maxTimeMS: timeoutMs })
    .then(() => true)
    .catch(() => false);
  try {
    return await Promise.race([ping, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
