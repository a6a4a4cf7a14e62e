import { inject } from '@angular/core';
import { Router, type CanActivateChildFn, type CanActivateFn } from '@angular/router';
import type { Role } from '../api/auth.models';
import { AuthService } from './auth.service';
import { HOME_URL } from './return-url';

/** Signed-in users pass; anyone else goes to the login page, which brings them back afterwards. */
export const authGuard: CanActivateFn & CanActivateChildFn = (_route, state) => {
  if (inject(AuthService).isSignedIn()) return true;
  return inject(Router).createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
};

/** The login page is for signed-out users; a signed-in user lands on the map instead. */
export const guestGuard: CanActivateFn = () =>
  !inject(AuthService).isSignedIn() || inject(Router).createUrlTree([HOME_URL]);

/**
 * Only the given roles pass. This hides screens a user cannot use; the server still
 * authorizes every request, so this is a convenience, not the security boundary.
 */
export function roleGuard(...roles: Role[]): CanActivateFn {
  return () => inject(AuthService).hasRole(roles) || inject(Router).createUrlTree([HOME_URL]);
}
