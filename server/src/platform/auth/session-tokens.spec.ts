import { JwtService } from '@nestjs/jwt';
import type { AppConfig } from '../config/app-config.js';
import { SessionTokens, sessionIsCurrent, type SessionSubject } from './session-tokens.js';

const SECRET = 'a-test-secret-of-at-least-32-characters!';
const config = { sessionTtlMinutes: 60 } as AppConfig;
const tokensSignedWith = (secret: string) => new SessionTokens(new JwtService({ secret }), config);
const alice: SessionSubject = { id: 7, username: 'alice', role: 'biomed', active: true, sessionVersion: 3 };
const NOW = Date.UTC(2025, 0, 15, 8, 0, 0);

describe('SessionTokens', () => {
  const tokens = tokensSignedWith(SECRET);

  it('issues an HS256 token carrying the user id, name, role and session version, expiring after the TTL', () => {
    const { token, expiresAt } = tokens.issue(alice, NOW);
    expect(JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString())).toMatchObject({ alg: 'HS256' });
    expect(expiresAt).toEqual(new Date(NOW + 60 * 60_000));
    expect(tokens.verify(token, NOW)).toMatchObject({
      sub: '7',
      username: 'alice',
      role: 'biomed',
      sessionVersion: 3,
      iat: NOW / 1000,
      exp: NOW / 1000 + 3600,
    });
  });

  it('refuses an expired token', () => {
    const { token } = tokens.issue(alice, NOW);
    expect(tokens.verify(token, NOW + 60 * 60_000 - 1000)).toBeDefined();
    expect(tokens.verify(token, NOW + 60 * 60_000)).toBeUndefined();
  });

  it('refuses a token signed with another secret, a tampered one, an unsigned one and garbage', () => {
    const { token } = tokens.issue(alice, NOW);
    expect(tokensSignedWith('another-secret-of-at-least-32-chars!!').verify(token, NOW)).toBeUndefined();
    const [header, payload, signature] = token.split('.');
    const promoted = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), role: 'admin' })).toString('base64url');
    expect(tokens.verify(`${header}.${promoted}.${signature}`, NOW)).toBeUndefined();
    const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    expect(tokens.verify(`${none}.${payload}.`, NOW)).toBeUndefined();
    expect(tokens.verify('not.a.token', NOW)).toBeUndefined();
  });

  it('refuses a genuine JWT of ours that is not a session token (wrong audience or claims)', () => {
    const jwt = new JwtService({ secret: SECRET });
    const iat = NOW / 1000;
    const exp = iat + 600;
    const otherAudience = jwt.sign({ sub: '7', username: 'alice', role: 'biomed', sessionVersion: 3, iat, exp }, { issuer: 'wardwatch', audience: 'elsewhere' });
    expect(tokens.verify(otherAudience, NOW)).toBeUndefined();
    const unknownRole = jwt.sign({ sub: '7', username: 'alice', role: 'root', sessionVersion: 3, iat, exp }, { issuer: 'wardwatch', audience: 'wardwatch-session' });
    expect(tokens.verify(unknownRole, NOW)).toBeUndefined();
  });
});

describe('sessionIsCurrent', () => {
  const claims = tokensSignedWith(SECRET).verify(tokensSignedWith(SECRET).issue(alice, NOW).token, NOW)!;

  it('accepts the active user the token was issued to, at the same session version', () => {
    expect(sessionIsCurrent(claims, alice)).toBe(true);
  });

  it('refuses once the session version has moved on (password or role change, sign-out)', () => {
    expect(sessionIsCurrent(claims, { ...alice, sessionVersion: 4 })).toBe(false);
  });

  it('refuses a deactivated or missing user, and another user', () => {
    expect(sessionIsCurrent(claims, { ...alice, active: false })).toBe(false);
    expect(sessionIsCurrent(claims, undefined)).toBe(false);
    expect(sessionIsCurrent(claims, { ...alice, id: 8 })).toBe(false);
  });
});
