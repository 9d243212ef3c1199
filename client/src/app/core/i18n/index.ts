export { LanguageDetectionActions, LanguageSwitcherActions } from './language.actions';
export { languageFeature, selectLocale, type LanguageState } from './language.feature';
export * as languageEffects from './language.effects';
export { LOCALE_STORAGE, LOCALE_STORAGE_KEY, type LocaleStorage } from './locale-detection';
export { provideI18n } from './provide-i18n';
export { APP_LOCALES, FALLBACK_LOCALE, isAppLocale } from './locales';
export {
  TRANSLATION_SCOPES,
  type TranslationScope,
  provideTranslationScope,
  scopeKeyPrefix,
  scopeOfKey,
  translationScopeLoaded,
} from './translation-scopes';
export type { TranslationParams } from './translation-params';
