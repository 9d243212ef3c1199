import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { AppError } from '../../platform/http/app-error.js';

// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane. (2 is Algorithm.Argon2id, a const enum.)
const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  // Without a hash we still spend the time of a check, so timing does not tell whether an account exists.
  if (!passwordHash) {
    await hash(password, ARGON2_OPTIONS);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}

const COMMON_PASSWORDS = new Set(dictionary['passwords-common'].map((entry) => entry.toLowerCase()));

/** Length is checked by the schema; here: not a commonly used password, not the email. */
export function assertAcceptablePassword(password: string, email: string, path = 'password'): void {
  const lowered = password.toLowerCase();
  const localPart = email.toLowerCase().split('@')[0] ?? '';
  if (isCommon(lowered)) {
    throw AppError.badRequest('Please choose a less common password.', [
      { path, message: 'is a commonly used password; choose a longer phrase of your own' },
    ]);
  }
  if (lowered === email.toLowerCase() || (localPart.length >= 4 && lowered.includes(localPart))) {
    throw AppError.badRequest('The password must not contain your email address.', [
      { path, message: 'must not contain your email address' },
    ]);
  }
}

/**
 * Common as listed, common with digits or symbols stuck on ("Password1234!"), or a short
 * pattern repeated ("abcabcabcabc").
 */
function isCommon(lowered: string): boolean {
  const core = lowered.replace(/^[\d\W_]+|[\d\W_]+$/g, '');
  return (
    COMMON_PASSWORDS.has(lowered) || (core.length >= 3 && COMMON_PASSWORDS.has(core)) || /^(.{1,4})\1+$/.test(lowered)
  );
}
