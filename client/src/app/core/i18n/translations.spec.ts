import en from '../../../../public/i18n/en.json';
import ru from '../../../../public/i18n/ru.json';

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

/** Texts that are rightly the same in both files: each language named in itself. */
const SAME_IN_BOTH = [
  'language.names.en',
  'language.names.ru',
  'language.short.en',
  'language.short.ru',
];

describe('Translation files', () => {
  const files = { en: flatten(en), ru: flatten(ru) };

  it('define exactly the same keys in English and Russian', () => {
    expect(Object.keys(files.ru).sort()).toEqual(Object.keys(files.en).sort());
  });

  it('hold enough keys to be the real files', () => {
    expect(Object.keys(files.en).length).toBeGreaterThan(20);
  });

  for (const [lang, flat] of Object.entries(files)) {
    it(`leave no text empty in ${lang}`, () => {
      const blank = Object.entries(flat)
        .filter(([, value]) => typeof value !== 'string' || value.trim() === '')
        .map(([key]) => key);
      expect(blank).toEqual([]);
    });
  }

  it('use the same placeholders in both languages', () => {
    const mismatched = Object.keys(files.en).filter(
      (key) => placeholders(files.en[key]).join() !== placeholders(files.ru[key]).join(),
    );
    expect(mismatched).toEqual([]);
  });

  it('give Russian readers Russian text, not copied English', () => {
    const untranslated = Object.entries(files.ru)
      .filter(([key]) => !SAME_IN_BOTH.includes(key))
      .filter(([, value]) => typeof value === 'string' && !/[а-яё]/i.test(value))
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });
});
