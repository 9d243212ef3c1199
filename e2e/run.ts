/**
 * End-to-end run: starts the built product like `npm start` does (own embedded database in a
 * temporary folder), then runs the Jasmine specs in e2e/specs against it with Chromium.
 */
import Jasmine from 'jasmine';
import { ADMIN } from './support/accounts.js';
import { REPO_ROOT, startProductServer } from './support/server.js';

const server = await startProductServer({
  BOOTSTRAP_ADMIN_EMAIL: ADMIN.email,
  BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password,
});
process.env['E2E_BASE_URL'] = server.baseUrl;

const runner = new Jasmine({ projectBaseDir: REPO_ROOT });
runner.loadConfig({
  spec_dir: 'e2e/specs',
  spec_files: ['**/*.spec.ts'],
  helpers: ['../support/timeouts.ts'],
  jsLoader: 'import',
});
runner.randomizeTests(false);
runner.exitOnCompletion = false;
let passed = false;
try {
  // E2E_FILTER="Reporting" runs only the specs whose full name contains it (while developing).
  const result = await runner.execute(undefined, process.env['E2E_FILTER']);
  passed = result.overallStatus === 'passed';
} finally {
  const code = await server.stop();
  if (code !== 0) {
    process.stderr.write(`The server did not stop cleanly (exit code ${String(code)}):\n${server.output()}\n`);
    passed = false;
  }
}
process.exit(passed ? 0 : 1);
