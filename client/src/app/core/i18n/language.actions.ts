import { createActionGroup, props } from '@ngrx/store';
import type { Locale } from '@ppm/shared';

/** Events from the toolbar's language switch. */
export const LanguageSwitcherActions = createActionGroup({
  source: 'Language Switcher',
  events: {
    'Language Selected': props<{ locale: Locale }>(),
  },
});

/**
 * Events from working out which language to show: at start-up, and when a signed-in
 * account turns out to have a saved language of its own.
 */
export const LanguageDetectionActions = createActionGroup({
  source: 'Language Detection',
  events: {
    'Initial Language Detected': props<{ locale: Locale }>(),
    'Account Language Found': props<{ locale: Locale }>(),
  },
});
