import type { CookieOptions, Request } from 'express';
import type { AppConfig } from '../config/app-config.js';

export const SESSION_COOKIE = 'wardwatch_session';

/**
 * httpOnly: scripts (and so XSS) cannot read the token. SameSite=Strict: the
 * browser never sends it with a request started by another site, which is the
 * CSRF defence for cookie-authenticated writes. Secure when served over HTTPS
 * (COOKIE_SECURE).
 */
export function sessionCookieOptions(config: Pick<AppConfig, 'cookieSecure'>): CookieOptions {
  return { httpOnly: true, sameSite: 'strict', secure: config.cookieSecure, path: '/' };
}

/** Options for setting the cookie: the base options plus a lifetime equal to the token's. */
export function sessionCookieLifetime(config: Pick<AppConfig, 'cookieSecure' | 'sessionTtlMinutes'>): CookieOptions {
  return { ...sessionCookieOptions(config), maxAge: config.sessionTtlMinutes * 60_000 };
}

/** The `Authorization: Bearer …` credential of a request, if any. */
export function bearerCredential(request: Request): string | undefined {
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1];
}

/**
 * The session token a request presents: an Authorization header wins over the
 * cookie (scripts send the header; the browser UI only has the cookie).
 */
export function presentedSessionToken(request: Request): string | undefined {
  if (request.headers.authorization !== undefined) return bearerCredential(request);
  const cookie = (request.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE];
  return typeof cookie === 'string' && cookie.length > 0 ? cookie : undefined;
}
