import { z } from 'zod';
import { wellFormedString } from '../text/well-formed-text.js';
import { localizedTextSchema } from '../i18n/locale.js';

/** ISO 3166-1 alpha-2 code; "XK" stands for Kosovo*. */
export const stateCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'A state code is two capital letters (ISO 3166), e.g. "AT"');
export const regionCodeSchema = z.string().regex(/^[A-Z]{2,5}$/, 'A region code is 2 to 5 capital letters, e.g. "EAP"');

export const regionSchema = z.object({
  code: regionCodeSchema,
  name: localizedTextSchema,
});
export type Region = z.infer<typeof regionSchema>;

export const stateSchema = z.object({
  code: stateCodeSchema,
  name: localizedTextSchema,
  region: regionCodeSchema,
  active: z.boolean().default(true),
  /** A remark that travels with the name, e.g. the UNSCR 1244 footnote for Kosovo*. */
  note: wellFormedString().max(1000).optional(),
});
export type State = z.infer<typeof stateSchema>;
