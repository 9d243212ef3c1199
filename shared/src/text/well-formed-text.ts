import { z } from 'zod';

/**
 * A lone UTF-16 surrogate (half of a pair) is not a character: storage and JSON encoders turn it
 * into U+FFFD, so what would be stored is not what was acknowledged. With the `u` flag each
 * well-formed pair counts as one code point, so only lone halves match.
 */
const LONE_SURROGATE = /\p{Surrogate}/u;

export const ILL_FORMED_TEXT_MESSAGE = 'must not contain broken characters (a lone UTF-16 surrogate)';

export function isWellFormedText(value: string): boolean {
  return !LONE_SURROGATE.test(value);
}

/** `z.string()` that refuses ill-formed text; the base of every free-text field. */
export function wellFormedString() {
  return z.string().refine(isWellFormedText, ILL_FORMED_TEXT_MESSAGE);
}
