import type { Request } from 'express';
import { presentedSessionToken, sessionCookieLifetime } from './session-cookie.js';

const requestWith = (headers: Record<string, string>, cookies: Record<string, string> = {}) => ({ headers, cookies }) as unknown as Request;

describe('session cookie', () => {
  it('is httpOnly, SameSite=Strict, for the whole site, lives as long as the token, and is Secure only when configured', () => {
    expect(sessionCookieLifetime({ cookieSecure: false, sessionTtlMinutes: 720 })).toEqual({
      httpOnly: true,
      sameSite: 'strict',
      secure: false,
      path: '/',
      maxAge: 720 * 60_000,
    });
    expect(sessionCookieLifetime({ cookieSecure: true, sessionTtlMinutes: 720 }).secure).toBe(true);
  });

  it('reads the token from a Bearer header first, else from the cookie', () => {
    expect(presentedSessionToken(requestWith({ authorization: 'Bearer abc.def.ghi' }, { wardwatch_session: 'cookie' }))).toBe('abc.def.ghi');
    expect(presentedSessionToken(requestWith({}, { wardwatch_session: 'cookie' }))).toBe('cookie');
    expect(presentedSessionToken(requestWith({}))).toBeUndefined();
  });

  it('does not fall back to the cookie when an Authorization header is present but not a Bearer token', () => {
    expect(presentedSessionToken(requestWith({ authorization: 'Basic YWRtaW46YWRtaW4=' }, { wardwatch_session: 'cookie' }))).toBeUndefined();
  });
});
