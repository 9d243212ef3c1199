import path from 'node:path';
import { restoreBackup } from '../src/platform/database/backup-archive.js';
import { describeCounts, say, withDatabase } from './with-database.js';

/** `npm run restore -- <file> [--replace]`: puts a backup back into the database. */
const args = process.argv.slice(2);
const replace = args.includes('--replace');
const file = args.find((arg) => !arg.startsWith('--'));
if (!file) {
  process.stderr.write('Name the backup file: npm run restore -- backups/ppm-backup-….ndjson.gz [--replace]\n');
  process.exit(1);
}

await withDatabase(async (db) => {
  // Relative to where npm was started (npm runs this script in server/).
  const here = process.env['INIT_CWD'] ?? process.cwd();
  const summary = await restoreBackup(db, path.resolve(here, file), { replace });
  say(`Restored ${summary.file} into ${db.databaseName}\n${describeCounts(summary.counts)}`);
});
