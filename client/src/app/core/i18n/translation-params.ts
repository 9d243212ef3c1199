/** Values for a translation's placeholders: "{{name}}" → `{ name: 'Ada' }`. */
export type TranslationParams = Readonly<Record<string, unknown>>;
