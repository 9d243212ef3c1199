import type { Region, State } from '@ppm/shared';

/* A few real states and regions, as the API returns them (states by English name). */

export const REGIONS: Region[] = [
  { code: 'EU', name: { en: 'EU member states', ru: 'Государства — члены ЕС' } },
  { code: 'EAP', name: { en: 'Eastern Partnership', ru: 'Восточное партнёрство' } },
  { code: 'CA', name: { en: 'Central Asia', ru: 'Центральная Азия' } },
  { code: 'TR', name: { en: 'Türkiye', ru: 'Турция' } },
];

export const STATES: State[] = [
  { code: 'AM', name: { en: 'Armenia', ru: 'Армения' }, region: 'EAP', active: true },
  { code: 'AT', name: { en: 'Austria', ru: 'Австрия' }, region: 'EU', active: true },
  { code: 'KZ', name: { en: 'Kazakhstan', ru: 'Казахстан' }, region: 'CA', active: false },
  { code: 'TR', name: { en: 'Türkiye', ru: 'Турция' }, region: 'TR', active: true },
  { code: 'UZ', name: { en: 'Uzbekistan', ru: 'Узбекистан' }, region: 'CA', active: true },
];
