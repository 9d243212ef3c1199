import { z } from 'zod';
import { wellFormedString } from '../text/well-formed-text.js';
import { actionCodeSchema } from '../action-plan/action-plan.schema.js';
import { localeSchema, type Locale } from '../i18n/locale.js';
import { MAX_TEXT_LENGTH } from './limits.js';
import type { ReportActor } from './review.schema.js';

/** A message in the thread about one entry; the language defaults to the author's. */
export const threadCommentSchema = z.strictObject({
  actionCode: actionCodeSchema,
  text: wellFormedString()
    .trim()
    .min(1, 'must not be empty')
    .max(MAX_TEXT_LENGTH, `must be at most ${MAX_TEXT_LENGTH} characters`),
  lang: localeSchema.optional(),
});
export type ThreadCommentInput = z.infer<typeof threadCommentSchema>;

export const commentsQuerySchema = z.strictObject({ actionCode: actionCodeSchema.optional() });

export interface ThreadComment {
  id: string;
  actionCode: string;
  author: ReportActor;
  text: string;
  lang: Locale;
  at: string;
}
