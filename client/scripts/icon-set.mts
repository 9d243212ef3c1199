/**
 * Before `ng build`, `ng test` and `ng serve`: writes `src/generated/icon-set.svg`, one SVG
 * holding exactly the Material Symbols of `ICON_NAMES` (outlined, weight 400, from
 * `@material-symbols/svg-400`), each an `<svg id="name">` as MatIconRegistry finds icons in a
 * set. The app bundles it as text and registers it once (ADR 0023). Fails, naming the file and
 * the name, when:
 * - a template's `svgIcon="…"`, or a quoted name `[svgIcon]="…"` yields, is not in `ICON_NAMES`;
 * - a name of `ICON_NAMES` is not drawn by the package, or is drawn with more than paths (the
 *   strict CSP allows no inline styles or scripts in what mat-icon inlines);
 * - a name of `ICON_NAMES` no longer appears, quoted, in any source file: the set stays exact.
 */
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { ICON_NAMES } from '../src/app/core/icons/icon-names.ts';

const clientDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const appDir = path.join(clientDir, 'src', 'app');
const namesFile = path.join(appDir, 'core', 'icons', 'icon-names.ts');
const outFile = path.join(clientDir, 'src', 'generated', 'icon-set.svg');
const symbolsDir = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@material-symbols/svg-400/package.json')),
  'outlined',
);

/** The package's drawing: `<svg xmlns width height viewBox>` around paths and nothing else. */
const SYMBOL =
  /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="48" height="48" viewBox="([-\d ]+)">((?:<path d="[^"]*"\/>)+)<\/svg>\s*$/;
const STATIC_ICON = /(?<![[\w-])svgIcon="([^"]*)"/g;
const BOUND_ICON = /\[svgIcon\]="([^"]*)"/g;
/** A quoted name that the bound expression yields (`a ? 'x' : 'y'`), not one it compares with. */
const YIELDED = /(?:^|[?:]\s*)'([^']*)'/g;

const problems: string[] = [];
const known = new Set<string>(ICON_NAMES);

const sorted = [...ICON_NAMES].sort();
if (
  new Set(ICON_NAMES).size !== ICON_NAMES.length ||
  sorted.some((name, i) => name !== ICON_NAMES[i])
) {
  problems.push(
    `${path.relative(clientDir, namesFile)}: keep ICON_NAMES sorted and without repeats`,
  );
}

/** Every source file of the app except specs (they draw icons with a fake registry). */
const sources: { file: string; text: string }[] = [];
for (const entry of await readdir(appDir, { recursive: true, withFileTypes: true })) {
  const file = path.join(entry.parentPath, entry.name);
  if (
    entry.isFile() &&
    /\.(ts|html)$/.test(entry.name) &&
    !entry.name.endsWith('.spec.ts') &&
    file !== namesFile
  ) {
    sources.push({ file: path.relative(clientDir, file), text: await readFile(file, 'utf8') });
  }
}

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;
for (const { file, text } of sources) {
  for (const match of text.matchAll(STATIC_ICON)) {
    if (!known.has(match[1]!))
      problems.push(
        `${file}:${lineOf(text, match.index)}: icon "${match[1]}" is not in ICON_NAMES`,
      );
  }
  for (const match of text.matchAll(BOUND_ICON)) {
    for (const quoted of match[1]!.matchAll(YIELDED)) {
      if (!known.has(quoted[1]!))
        problems.push(
          `${file}:${lineOf(text, match.index)}: icon "${quoted[1]}" is not in ICON_NAMES`,
        );
    }
  }
}

const icons: string[] = [];
for (const name of ICON_NAMES) {
  if (!sources.some(({ text }) => text.includes(`'${name}'`) || text.includes(`"${name}"`))) {
    problems.push(`icon "${name}" is in ICON_NAMES but no source file names it: remove it`);
  }
  let drawing: string;
  try {
    drawing = await readFile(path.join(symbolsDir, `${name}.svg`), 'utf8');
  } catch {
    problems.push(
      `icon "${name}" is not a Material Symbol (no ${name}.svg in @material-symbols/svg-400/outlined)`,
    );
    continue;
  }
  const parts = SYMBOL.exec(drawing);
  if (!parts) {
    problems.push(
      `icon "${name}": its SVG holds more than paths; look at it before adding it to the set`,
    );
    continue;
  }
  icons.push(`<svg id="${name}" viewBox="${parts[1]}">${parts[2]}</svg>`);
}

if (problems.length > 0) {
  process.stderr.write(`Icon set not written:\n  ${problems.join('\n  ')}\n`);
  process.exit(1);
}

const iconSet = `<svg xmlns="http://www.w3.org/2000/svg">\n${icons.join('\n')}\n</svg>\n`;
const previous = await readFile(outFile, 'utf8').catch(() => '');
// Written only when it changed, so a watching `ng serve` does not rebuild for nothing.
if (previous !== iconSet) {
  await mkdir(path.dirname(outFile), { recursive: true });
  await writeFile(outFile, iconSet);
}
process.stdout.write(`Icon set: ${icons.length} icons, ${(iconSet.length / 1000).toFixed(1)} kB\n`);
