import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe, with a prefix that makes leaked tokens easy to recognise. */
export function newSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
