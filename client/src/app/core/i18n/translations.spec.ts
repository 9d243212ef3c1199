import type { Translation } from '@jsverse/transloco';

import { scopedTranslations, translations } from '../../../testing/i18n-testing';
import { TRANSLATION_SCOPES, scopeKeyPrefix } from './translation-scopes';

type Tree = Readonly<Record<string, unknown>>;

/** `{ a: { b: 'x' } }` → `{ 'a.b': 'x' }`. */
function flatten(tree: Tree, prefix = ''): Record<string, unknown> {
  return Object.entries(tree).reduce<Record<string, unknown>>((flat, [key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? { ...flat, ...flatten(value as Tree, path) }
      : { ...flat, [path]: value };
  }, {});
}

function placeholders(text: unknown): string[] {
  return typeof text === 'string'
    ? [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort()
    : [];
}

/** Whether a text has words of its own, beyond placeholders and punctuation ("{{code}} · {{title}}" has none). */
function hasWords(text: string): boolean {
  return /[a-zа-яё]/i.test(text.replace(/{{\s*\w+\s*}}/g, ''));
}

/** Texts that are rightly the same in both files: each language named in itself. */
const SAME_IN_BOTH = [
  'language.names.en',
  'language.names.ru',
  'language.short.en',
  'language.short.ru',
];

/** The root files (shell and shared UI) and one pair per feature scope. */
const FILES: readonly { name: string; en: Translation; ru: Translation; minKeys: number }[] = [
  { name: 'root (public/i18n)', ...translations, minKeys: 20 },
  ...TRANSLATION_SCOPES.map((scope) => ({
    name: `scope "${scope}" (public/i18n/${scope})`,
    ...scopedTranslations[scope],
    minKeys: 3,
  })),
];

describe('Translation files', () => {
  it('cover every scope listed in TRANSLATION_SCOPES', () => {
    expect(Object.keys(scopedTranslations).sort()).toEqual([...TRANSLATION_SCOPES].sort());
  });

  it("never define a key both in the root files and in a scope (a scope's keys merge into the root)", () => {
    const root = new Set(Object.keys(flatten(translations.en)));
    const clashing = TRANSLATION_SCOPES.flatMap((scope) =>
      Object.keys(flatten({ [scopeKeyPrefix(scope)]: scopedTranslations[scope].en })).filter(
        (key) => root.has(key),
      ),
    );
    expect(clashing).toEqual([]);
  });

  for (const file of FILES) {
    describe(`for ${file.name}`, () => {
      const flat = { en: flatten(file.en), ru: flatten(file.ru) };

      it('define exactly the same keys in English and Russian', () => {
        expect(Object.keys(flat.ru).sort()).toEqual(Object.keys(flat.en).sort());
      });

      it('hold enough keys to be the real files', () => {
        expect(Object.keys(flat.en).length).toBeGreaterThanOrEqual(file.minKeys);
      });

      for (const lang of ['en', 'ru'] as const) {
        it(`leave no text empty in ${lang}`, () => {
          const blank = Object.entries(flat[lang])
            .filter(([, value]) => typeof value !== 'string' || value.trim() === '')
            .map(([key]) => key);
          expect(blank).toEqual([]);
        });
      }

      it('use the same placeholders in both languages', () => {
        const mismatched = Object.keys(flat.en).filter(
          (key) => placeholders(flat.en[key]).join() !== placeholders(flat.ru[key]).join(),
        );
        expect(mismatched).toEqual([]);
      });

      it('give Russian readers Russian text, not copied English', () => {
        const untranslated = Object.entries(flat.ru)
          .filter(([key]) => !SAME_IN_BOTH.includes(key))
          .filter(([, value]) => typeof value === 'string' && hasWords(value))
          .filter(([, value]) => typeof value === 'string' && !/[а-яё]/i.test(value))
          .map(([key]) => key);
        expect(untranslated).toEqual([]);
      });
    });
  }
});
