export const HOME_URL = '/map';

/**
 * Where to go after signing in. Only same-app paths are followed: an absolute or
 * protocol-relative URL in `?returnUrl=` must not turn the login page into an open redirect.
 */
export function safeReturnUrl(requested: string | null | undefined): string {
  if (!requested || !requested.startsWith('/') || requested.startsWith('//') || requested.startsWith('/\\')) {
    return HOME_URL;
  }
  if (requested === '/login' || requested.startsWith('/login?') || requested === '/') return HOME_URL;
  return requested;
}
