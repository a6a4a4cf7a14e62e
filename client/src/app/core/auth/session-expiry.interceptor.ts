import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { AuthService } from './auth.service';
import { leaveEndedSession } from './session-ended';

/**
 * Requests whose 401 means something else than "your session ended": a wrong password,
 * the start-up probe of a visitor who is not signed in, and signing out of a dead session.
 */
const SESSION_ENDPOINTS = ['/api/auth/login', '/api/auth/me', '/api/auth/logout'];

/** A 401 from any other endpoint means the session cookie expired or was revoked: back to login. */
export const sessionExpiryInterceptor: HttpInterceptorFn = (request, next) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  return next(request).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && error.status === 401 && !isSessionEndpoint(request.url)) {
        leaveEndedSession(auth, router);
      }
      return throwError(() => error);
    }),
  );
};

function isSessionEndpoint(url: string): boolean {
  const path = url.split('?')[0];
  return SESSION_ENDPOINTS.includes(path);
}
