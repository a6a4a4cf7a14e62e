import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '../config/app-config.js';
import { ROLES, type Role } from './role.js';

/** What a session token says. `sub` is the user id (a string, as RFC 7519 wants). */
export interface SessionClaims {
  sub: string;
  username: string;
  role: Role;
  sessionVersion: number;
  iat: number;
  exp: number;
}

/** The fields of a user a token is issued for and checked against. */
export interface SessionSubject {
  id: number;
  username: string;
  role: Role;
  active: boolean;
  sessionVersion: number;
}

const ISSUER = 'wardwatch';
const AUDIENCE = 'wardwatch-session';
// Pinned so that a token claiming another algorithm (`none`, RS256 with our
// secret as "public key") is refused rather than interpreted.
const ALGORITHM = 'HS256';

/** Issues and checks the signed session tokens (JWT, HS256) carried by the cookie or a Bearer header. */
@Injectable()
export class SessionTokens {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  issue(user: Omit<SessionSubject, 'active'>, now = Date.now()): { token: string; expiresAt: Date } {
    const iat = Math.floor(now / 1000);
    const exp = iat + this.config.sessionTtlMinutes * 60;
    const payload = { sub: String(user.id), username: user.username, role: user.role, sessionVersion: user.sessionVersion, iat, exp };
    const token = this.jwt.sign(payload, { algorithm: ALGORITHM, issuer: ISSUER, audience: AUDIENCE });
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /** The claims of a genuine, unexpired token, or undefined for anything else. */
  verify(token: string, now = Date.now()): SessionClaims | undefined {
    let claims: Record<string, unknown>;
    try {
      claims = this.jwt.verify(token, {
        algorithms: [ALGORITHM],
        issuer: ISSUER,
        audience: AUDIENCE,
        clockTimestamp: Math.floor(now / 1000),
      });
    } catch {
      return undefined;
    }
    const { sub, username, role, sessionVersion, iat, exp } = claims;
    const wellFormed =
      typeof sub === 'string' &&
      /^[1-9]\d*$/.test(sub) &&
      typeof username === 'string' &&
      (ROLES as readonly unknown[]).includes(role) &&
      Number.isInteger(sessionVersion) &&
      typeof iat === 'number' &&
      typeof exp === 'number';
    return wellFormed ? (claims as unknown as SessionClaims) : undefined;
  }
}

/**
 * Whether a verified token still stands for this user: they exist, are active,
 * and nothing has revoked their sessions since it was issued (a password or
 * role change, deactivation or sign-out moves `sessionVersion` on).
 */
export function sessionIsCurrent(claims: SessionClaims, user: SessionSubject | undefined): user is SessionSubject {
  return user !== undefined && user.active && String(user.id) === claims.sub && user.sessionVersion === claims.sessionVersion;
}
