import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { UsersService } from '../../users/users.service.js';
import type { Principal } from './principal.js';
import { presentedSessionToken } from './session-cookie.js';
import { SessionTokens, sessionIsCurrent } from './session-tokens.js';

export type UserPrincipal = Extract<Principal, { kind: 'user' }>;

/**
 * Turns the session a request presents (cookie or Bearer token) into the
 * signed-in user, checking on every request that the user is still active and
 * that their sessions have not been revoked since the token was issued.
 */
@Injectable()
export class SessionAuthenticator {
  constructor(
    private readonly tokens: SessionTokens,
    private readonly users: UsersService,
  ) {}

  async authenticate(request: Request): Promise<UserPrincipal | undefined> {
    const token = presentedSessionToken(request);
    const claims = token === undefined ? undefined : this.tokens.verify(token);
    if (!claims) return undefined;
    const user = await this.users.sessionUser(Number(claims.sub));
    if (!sessionIsCurrent(claims, user)) return undefined;
    // The role comes from the database, not the token (they only differ until
    // the role change bumped the session version, which refuses the token anyway).
    return { kind: 'user', userId: user.id, username: user.username, role: user.role };
  }
}
