/** Where a person lands after signing in when nothing else was asked for. */
export const HOME_URL = '/';

/**
 * A `returnUrl` query parameter we are willing to follow: an absolute path on our own
 * origin ("/people?role=admin"), never another site ("//evil.example", "https://...") and
 * never the sign-in page itself. Anything else sends the person home.
 */
export function safeReturnUrl(value: string | null | undefined): string {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return HOME_URL;
  }
  if (/^\/sign-in(?:[/?#]|$)/.test(value)) {
    return HOME_URL;
  }
  return value;
}
