// @ts-check
/**
 * After `ng build --stats-json`: lists, for the routes a focal point opens first, the lazy
 * chunks their page needs, so the server can name them in index.html as `modulepreload` links
 * (server/src/platform/http/client-app.ts). Without them the browser learns of each chunk only
 * from the one before it: the route's file, then the page, then what the page imports, one
 * round trip each (ADR 22). Writes `route-preloads.json` beside index.html.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const REPORTS = 'src/app/features/reports/';
/** The shell's deferred parts (`@defer`, drawn on every signed-in page) and the icon set they wait for. */
const SHELL = [
  'src/app/core/icons/icon-set.ts',
  'src/app/core/shell/nav-layout/nav-layout.ts',
  'src/app/core/shell/language-switch/language-switch.ts',
  'src/app/core/shell/user-menu/user-menu.ts',
  'src/app/features/notifications/notifications-bell/notifications-bell.ts',
  '../node_modules/@angular/material/fesm2022/button.mjs',
  '../node_modules/@angular/material/fesm2022/icon.mjs',
];
/** Path prefix → the modules whose chunks that page loads lazily. */
const ROUTES = {
  '/reports/': [...SHELL, `${REPORTS}reports.routes.ts`, `${REPORTS}report-page/report-page.ts`],
  '/my-report': [
    ...SHELL,
    `${REPORTS}reports.routes.ts`,
    `${REPORTS}my-report-page/my-report-page.ts`,
    `${REPORTS}report-page/report-page.ts`,
  ],
};

const [distDir = 'dist/client'] = process.argv.slice(2);
/** @type {{ outputs: Record<string, { entryPoint?: string; imports?: { path: string; kind: string }[] }> }} */
const stats = JSON.parse(await readFile(path.join(distDir, 'stats.json'), 'utf8'));
const outputs = stats.outputs;

/** A chunk with everything it imports statically, transitively. */
function withStaticImports(/** @type {string[]} */ files) {
  const found = new Set();
  const queue = [...files];
  while (queue.length) {
    const file = /** @type {string} */ (queue.pop());
    if (found.has(file)) continue;
    found.add(file);
    for (const imported of outputs[file]?.imports ?? []) {
      if (imported.kind === 'import-statement') queue.push(imported.path);
    }
  }
  return found;
}

const main = Object.keys(outputs).find((file) => /^main-[A-Z0-9]+\.js$/.test(file));
if (!main) throw new Error(`No main chunk in ${distDir}/stats.json`);
// index.html names these already.
const initial = withStaticImports([main]);

/** @type {Record<string, string[]>} */
const preloads = {};
for (const [prefix, modules] of Object.entries(ROUTES)) {
  const entries = modules.map((module) => {
    const chunk = Object.keys(outputs).find((file) => outputs[file]?.entryPoint === module);
    if (!chunk) throw new Error(`No chunk has ${module} as its entry: update ROUTES.`);
    return chunk;
  });
  preloads[prefix] = [...withStaticImports(entries)]
    .filter((file) => !initial.has(file) && file.endsWith('.js'))
    .sort();
}
await writeFile(
  path.join(distDir, 'browser', 'route-preloads.json'),
  JSON.stringify(preloads, null, 2),
);
process.stdout.write(
  `Route preloads: ${Object.entries(preloads)
    .map(([prefix, files]) => `${prefix} ${files.length} chunks`)
    .join(', ')}\n`,
);
