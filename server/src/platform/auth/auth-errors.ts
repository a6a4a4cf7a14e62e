import { DomainError } from '../http/domain-error.js';

/** 401: no credentials, or credentials that are not (or no longer) valid. */
export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign-in required') {
    super(401, message);
  }
}

/** 403: authenticated, but not allowed here. */
export class ForbiddenError extends DomainError {
  constructor(message: string) {
    super(403, message);
  }
}

/** 429: too many failed sign-in attempts; the controller sends Retry-After. */
export class TooManySignInAttemptsError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super(429, `Too many failed sign-in attempts; try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s)`);
  }
}
