import { createActionGroup, props } from '@ngrx/store';
import type { Locale } from '@ppm/shared';

/** Events from the toolbar's language switch. */
export const LanguageSwitcherActions = createActionGroup({
  source: 'Language Switcher',
  events: {
    'Language Selected': props<{ locale: Locale }>(),
  },
});

/** Events from start-up, when the app works out which language to show first. */
export const LanguageDetectionActions = createActionGroup({
  source: 'Language Detection',
  events: {
    'Initial Language Detected': props<{ locale: Locale }>(),
  },
});
