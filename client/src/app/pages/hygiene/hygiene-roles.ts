import type { Role } from '../../core/api/auth.models';

/**
 * Infection control and admins: the roles the server lets see individual results (compliance by
 * person, staff and badges, the audit report) and record room events. Others see group figures.
 */
export const HYGIENE_INVESTIGATORS: readonly Role[] = ['infection_control', 'admin'];
