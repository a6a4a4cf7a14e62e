/** The roles a person can hold. Each user has exactly one. */
export const ROLES = ['admin', 'biomed', 'infection_control', 'pharmacy', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Every role: for read-only endpoints any signed-in person may use. */
export const ANY_ROLE: readonly Role[] = ROLES;
