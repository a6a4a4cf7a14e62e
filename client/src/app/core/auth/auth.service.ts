import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { AuthApiService } from '../api/auth-api.service';
import type { Role, User } from '../api/auth.models';

/**
 * Who is signed in. The session itself is an httpOnly cookie owned by the server; the client
 * only remembers the user the server reported, and forgets them when the server says so.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly api = inject(AuthApiService);
  private readonly currentUser = signal<User | null>(null);

  readonly user = this.currentUser.asReadonly();
  readonly isSignedIn = computed(() => this.currentUser() !== null);
  readonly isAdmin = computed(() => this.currentUser()?.role === 'admin');

  hasRole(roles: readonly Role[]): boolean {
    const user = this.currentUser();
    return user !== null && roles.includes(user.role);
  }

  /** Asks the server whose session the cookie carries. Runs once before the first navigation. */
  async restoreSession(): Promise<void> {
    try {
      const { user } = await firstValueFrom(this.api.me());
      this.currentUser.set(user);
    } catch {
      // 401 (no or expired cookie) and an unreachable server both leave us signed out;
      // the login page reports a server that cannot be reached when the user tries.
      this.currentUser.set(null);
    }
  }

  /** Rejects with the HttpErrorResponse on failure so the caller can show the server's message. */
  async signIn(username: string, password: string): Promise<User> {
    const { user } = await firstValueFrom(this.api.login({ username, password }));
    this.currentUser.set(user);
    return user;
  }

  async signOut(): Promise<void> {
    try {
      await firstValueFrom(this.api.logout());
    } catch {
      // A session that already expired answers 401; either way this browser is signed out.
    } finally {
      this.currentUser.set(null);
    }
  }

  /** The server rejected the session (expired or revoked elsewhere). */
  sessionEnded(): void {
    this.currentUser.set(null);
  }
}
