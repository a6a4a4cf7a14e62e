import type { Role } from './role.js';

/** Who is making a request: a signed-in person or an authenticated device. */
export type Principal =
  | { kind: 'user'; userId: number; username: string; role: Role }
  | { kind: 'device'; deviceId: string; keyId: number };

/** A short label for logs and the audit trail, e.g. `user:alice` or `device:gw-1-01`. */
export function principalLabel(principal: Principal | undefined): string {
  if (!principal) return 'anonymous';
  return principal.kind === 'user' ? `user:${principal.username}` : `device:${principal.deviceId}`;
}
