// @ts-check
/**
 * After `ng build`: writes a brotli (`.br`) and a gzip (`.gz`) copy beside every text file of
 * the built client, so the server sends them as they are (express-static-gzip) instead of
 * compressing on every request, and at the strongest settings, which are too slow per request.
 * Files under 1 KiB are left alone: they fit one packet either way. index.html is compressed
 * by the server per response, as it carries that response's CSP nonce. See docs/adr.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const TEXT_FILE = /\.(js|mjs|css|json|svg|txt|webmanifest)$/;
const MIN_BYTES = 1024;

const toBrotli = promisify(brotliCompress);
const toGzip = promisify(gzip);

/** @param {string} directory @returns {Promise<string[]>} */
async function textFilesUnder(directory) {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && TEXT_FILE.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** @param {string} file @returns {Promise<{ raw: number; br: number; gz: number }>} */
async function precompress(file) {
  const content = await readFile(file);
  const [br, gz] = await Promise.all([
    toBrotli(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
    toGzip(content, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
  return { raw: content.length, br: br.length, gz: gz.length };
}

const distDir = path.resolve(process.argv[2] ?? 'dist/client/browser');
const files = [];
for (const file of await textFilesUnder(distDir)) {
  if ((await stat(file)).size >= MIN_BYTES) files.push(file);
}
const sizes = await Promise.all(files.map(precompress));
const total = (/** @type {'raw' | 'br' | 'gz'} */ key) =>
  Math.round(sizes.reduce((sum, size) => sum + size[key], 0) / 1024);
process.stdout.write(
  `Precompressed ${files.length} files in ${path.relative(process.cwd(), distDir)}: ` +
    `${total('raw')} KiB → ${total('br')} KiB brotli, ${total('gz')} KiB gzip\n`,
);
