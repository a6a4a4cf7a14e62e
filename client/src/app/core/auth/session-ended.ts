import type { Router } from '@angular/router';
import type { AuthService } from './auth.service';

/**
 * The server says the session is over (a 401, or the live stream's `session-ended`): forget the user
 * and go to the login page, which brings them back to where they were.
 */
export function leaveEndedSession(auth: AuthService, router: Router): void {
  auth.sessionEnded();
  const current = router.url;
  const queryParams = current.startsWith('/login') ? {} : { returnUrl: current };
  void router.navigate(['/login'], { queryParams });
}
