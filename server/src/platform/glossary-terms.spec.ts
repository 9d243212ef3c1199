import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import { glossaryViolations } from '@ppm/shared';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && keep(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Every string of a translation file, with its key path ("editor.areas.heading"). */
function stringsOf(json: unknown, path = ''): [string, string][] {
  if (typeof json === 'string') {
    return [[path, json]];
  }
  if (json && typeof json === 'object') {
    return Object.entries(json).flatMap(([key, value]) => stringsOf(value, path ? `${path}.${key}` : key));
  }
  return [];
}

function problemsInTranslations(language: 'en' | 'ru'): string[] {
  return filesUnder(join(ROOT, 'client/public/i18n'), (name) => name === `${language}.json`).flatMap((file) =>
    stringsOf(JSON.parse(readFileSync(file, 'utf8'))).flatMap(([key, text]) =>
      glossaryViolations(text, language).map(
        ({ concept, found }) => `${relative(ROOT, file)} ${key}: «${found}» (use the ${concept} term)`,
      ),
    ),
  );
}

/**
 * One term per concept (`GLOSSARY` in shared): every translation file of the client and every
 * Russian text of the server (emails, exports, evaluation reports) is read and checked.
 */
/** Source files with texts of the product: no specs and no test fixtures. */
function codeUnder(dir: string): string[] {
  return filesUnder(join(ROOT, dir), (name) => /\.(ts|html)$/.test(name) && !name.endsWith('.spec.ts')).filter(
    // The glossary names the forbidden variants itself.
    (file) => !file.includes('/testing/') && !file.endsWith('glossary.ts'),
  );
}

function problemsInCode(files: readonly string[]): string[] {
  return files.flatMap((file) =>
    glossaryViolations(readFileSync(file, 'utf8'), 'ru').map(
      ({ concept, found }) => `${relative(ROOT, file)}: «${found}» (use the ${concept} term)`,
    ),
  );
}

describe('The glossary, applied to every text of the product', () => {
  describe('the translation files of the client', () => {
    it('finds the translation files (a check of nothing cannot fail)', () => {
      const files = filesUnder(join(ROOT, 'client/public/i18n'), (name) => name === 'ru.json');
      expect(files.length).toBeGreaterThan(10);
    });

    it('use only the Russian glossary terms', () => {
      expect(problemsInTranslations('ru')).toEqual([]);
    });

    it('use only the English glossary terms', () => {
      expect(problemsInTranslations('en')).toEqual([]);
    });
  });

  describe('the Russian texts of the server (emails, exports, evaluation reports)', () => {
    it('use only the Russian glossary terms', () => {
      const sources = codeUnder('server/src');
      expect(sources.length).toBeGreaterThan(50);
      expect(problemsInCode(sources)).toEqual([]);
    });
  });

  describe('the Russian texts written in code in the client and in shared (labels, templates)', () => {
    it('use only the Russian glossary terms', () => {
      const sources = [...codeUnder('client/src/app'), ...codeUnder('shared/src')];
      expect(sources.length).toBeGreaterThan(100);
      expect(problemsInCode(sources)).toEqual([]);
    });
  });
});
