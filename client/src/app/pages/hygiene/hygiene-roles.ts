import { type Signal, computed, inject } from '@angular/core';
import type { Role } from '../../core/api/auth.models';
import { AuthService } from '../../core/auth/auth.service';

/**
 * Infection control and admins: the roles the server lets see individual results (compliance by
 * person, staff and badges, the audit report) and record room events. Others see group figures.
 */
export const HYGIENE_INVESTIGATORS: readonly Role[] = ['infection_control', 'admin'];

/** Whether the signed-in user is one of them, following sign-in and sign-out. Call in an injection context. */
export function isHygieneInvestigator(): Signal<boolean> {
  const auth = inject(AuthService);
  return computed(() => auth.hasRole(HYGIENE_INVESTIGATORS));
}
