import { ForbiddenError } from '../platform/auth/auth-errors.js';
import { ConflictError } from '../platform/http/domain-error.js';
import type { Alert } from './alert.entity.js';

/** 409: the alert is resolved already (by a person, or cleared by its check). */
export class AlertAlreadyResolvedError extends ConflictError {
  constructor(alert: Alert) {
    const how = alert.resolution === 'auto_cleared' ? 'cleared by itself' : `resolved by ${alert.resolvedBy}`;
    super(`Alert ${alert.id} was ${how} at ${alert.resolvedAt?.toISOString()}`, [{ field: 'id', message: 'alert is already resolved' }]);
  }
}

/** 409: someone acknowledged the alert first; their name and note stay. */
export class AlertAlreadyAcknowledgedError extends ConflictError {
  constructor(alert: Alert) {
    super(`Alert ${alert.id} was acknowledged by ${alert.acknowledgedBy} at ${alert.acknowledgedAt?.toISOString()}`, [
      { field: 'id', message: 'alert is already acknowledged' },
    ]);
  }
}

/** 403: the caller's role may read this alert but not act on its kind. */
export class AlertKindForbiddenError extends ForbiddenError {
  constructor(kind: string, roles: readonly string[]) {
    super(`Alerts of kind ${kind} can be acknowledged and resolved by: ${roles.join(', ')}`);
  }
}
