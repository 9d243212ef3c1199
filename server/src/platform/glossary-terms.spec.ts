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
      const sources = filesUnder(
        join(ROOT, 'server/src'),
        (name) => name.endsWith('.ts') && !name.endsWith('.spec.ts'),
      );
      expect(sources.length).toBeGreaterThan(50);
      const problems = sources.flatMap((file) =>
        glossaryViolations(readFileSync(file, 'utf8'), 'ru').map(
          ({ concept, found }) => `${relative(ROOT, file)}: «${found}» (use the ${concept} term)`,
        ),
      );
      expect(problems).toEqual([]);
    });
  });
});
