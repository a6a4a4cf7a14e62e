import { Injectable } from '@nestjs/common';
import { UsersService } from '../../users/users.service.js';
import type { User } from '../../users/user.entity.js';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../audit/request-actor.decorator.js';
import { LoginThrottle } from './login-throttle.js';
import type { UserPrincipal } from './session-authenticator.js';
import { SessionTokens } from './session-tokens.js';

export type SignInResult =
  | { kind: 'signed-in'; user: User; token: string; expiresAt: Date }
  | { kind: 'invalid' }
  | { kind: 'throttled'; retryAfterSeconds: number };

export type CredentialCheck = { kind: 'verified'; user: User } | { kind: 'invalid' } | { kind: 'throttled'; retryAfterSeconds: number };

/** Sign-in and sign-out: credentials, throttling, tokens and their audit entries. */
@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly tokens: SessionTokens,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditService,
  ) {}

  async signIn(rawUsername: string, password: string, ip: string | null, now = Date.now()): Promise<SignInResult> {
    const checked = await this.checkCredentials(rawUsername, password, ip, now);
    if (checked.kind !== 'verified') return checked;
    const { user } = checked;
    const at = new Date(now);
    await this.users.recordSignIn(user.id, at);
    user.lastLoginAt = at;
    const { token, expiresAt } = this.tokens.issue(user, now);
    await this.audit.record({ actor: `user:${user.username}`, ip, action: 'auth.login', target: `user:${user.username}`, outcome: 'success', status: 200 });
    return { kind: 'signed-in', user, token, expiresAt };
  }

  /**
   * Checks a person's credentials without signing them in: a witness confirming, with their own password, on
   * someone else's session (inventory discrepancies). Throttled and audited as a sign-in is.
   */
  async checkCredentials(rawUsername: string, password: string, ip: string | null, now = Date.now()): Promise<CredentialCheck> {
    const username = rawUsername.trim().toLowerCase();
    const address = ip ?? 'unknown';
    const decision = this.throttle.begin(username, address, now);
    if (!decision.allowed) return { kind: 'throttled', retryAfterSeconds: decision.retryAfterSeconds };

    let user: User | undefined;
    try {
      user = await this.users.verifyCredentials(username, password);
    } catch (error) {
      this.throttle.abandoned(username, address);
      throw error;
    }
    if (!user) {
      const locked = this.throttle.failed(username, address, now);
      // What was typed as a username is kept only when it names an account:
      // people type their password into the username field, and the trail
      // must not keep it. (The caller's answer is the same either way.)
      const known = await this.users.exists(username);
      const target = known ? `user:${username}` : null;
      const details = { reason: known ? 'wrong password, or account inactive' : 'unknown username' };
      await this.audit.record({ actor: 'anonymous', ip, action: 'auth.login_failed', target, outcome: 'failure', status: 401, details });
      for (const scope of locked) {
        await this.audit.record({ actor: 'anonymous', ip, action: 'auth.login_locked', target, outcome: 'failure', status: 429, details: { scope } });
      }
      return { kind: 'invalid' };
    }
    this.throttle.succeeded(username, address, now);
    return { kind: 'verified', user };
  }

  /**
   * Signs the user out everywhere: a session token cannot be withdrawn on its
   * own (it is self-contained), so every token of the user is revoked.
   */
  async signOut(principal: UserPrincipal, actor: Actor): Promise<void> {
    await this.users.endAllSessions(principal.userId);
    await this.audit.record({
      actor: actor.label,
      ip: actor.ip,
      action: 'auth.logout',
      target: `user:${principal.username}`,
      outcome: 'success',
      status: 204,
    });
  }

  /** The signed-in user's own profile. */
  async profile(principal: UserPrincipal): Promise<{ id: number; username: string; displayName: string; role: UserPrincipal['role'] }> {
    const user = await this.users.sessionUser(principal.userId);
    return { id: principal.userId, username: principal.username, displayName: user?.displayName ?? principal.username, role: principal.role };
  }
}
