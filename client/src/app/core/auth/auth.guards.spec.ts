import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  type ActivatedRouteSnapshot,
  type CanActivateFn,
  Router,
  type RouterStateSnapshot,
  UrlTree,
  provideRouter,
} from '@angular/router';
import { ADMIN, BIOMED } from '../../../testing/fixtures';
import type { User } from '../api/auth.models';
import { AuthService } from './auth.service';
import { authGuard, guestGuard, roleGuard } from './auth.guards';

describe('route guards', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
  });

  async function signInAs(user: User | null): Promise<void> {
    const restoring = TestBed.inject(AuthService).restoreSession();
    const request = TestBed.inject(HttpTestingController).expectOne('/api/auth/me');
    if (user) request.flush({ user });
    else request.flush(null, { status: 401, statusText: 'Unauthorized' });
    await restoring;
  }

  function run(guard: CanActivateFn, url: string): ReturnType<CanActivateFn> {
    const state = { url } as RouterStateSnapshot;
    return TestBed.runInInjectionContext(() => guard({} as ActivatedRouteSnapshot, state));
  }

  function serialized(result: ReturnType<CanActivateFn>): string {
    if (!(result instanceof UrlTree)) throw new Error(`expected a redirect, got ${String(result)}`);
    return TestBed.inject(Router).serializeUrl(result);
  }

  describe('authGuard', () => {
    it('sends a signed-out visitor to the login page with the page they wanted', async () => {
      await signInAs(null);
      expect(serialized(run(authGuard, '/admin/users?x=1'))).toBe('/login?returnUrl=%2Fadmin%2Fusers%3Fx%3D1');
    });

    it('lets a signed-in user through', async () => {
      await signInAs(BIOMED);
      expect(run(authGuard, '/map')).toBe(true);
    });
  });

  describe('guestGuard', () => {
    it('keeps a signed-in user off the login page', async () => {
      await signInAs(BIOMED);
      expect(serialized(run(guestGuard, '/login'))).toBe('/map');
    });

    it('shows the login page to a signed-out visitor', async () => {
      await signInAs(null);
      expect(run(guestGuard, '/login')).toBe(true);
    });
  });

  describe("roleGuard('admin')", () => {
    const adminOnly = roleGuard('admin');

    it('lets an admin in', async () => {
      await signInAs(ADMIN);
      expect(run(adminOnly, '/admin')).toBe(true);
    });

    it('sends any other role back to the map', async () => {
      await signInAs(BIOMED);
      expect(serialized(run(adminOnly, '/admin'))).toBe('/map');
    });
  });
});
