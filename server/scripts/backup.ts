import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../src/config/config.js';
import { writeBackup } from '../src/platform/database/backup-archive.js';
import { describeCounts, say, withDatabase } from './with-database.js';

/** `npm run backup [-- <file>]`: the whole database, evidence files included, in one file. */
const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
// Relative to where npm was started (npm runs this script in server/).
const here = process.env['INIT_CWD'] ?? process.cwd();
const file = path.resolve(here, process.argv[2] ?? path.join(REPO_ROOT, 'backups', `ppm-backup-${stamp}.ndjson.gz`));
mkdirSync(path.dirname(file), { recursive: true });

await withDatabase(async (db) => {
  const summary = await writeBackup(db, file);
  say(`Backup written to ${summary.file}\n${describeCounts(summary.counts)}`);
});
