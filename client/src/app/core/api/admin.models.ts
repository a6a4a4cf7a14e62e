import type { Role } from './auth.models';
import type { DeviceType } from './floorplan.models';

export interface AdminUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  active: boolean;
  createdAt: string;
  lastLoginAt: string | null;
}

/**
 * The server's minimum password length (OWASP ASVS 4.0.3 V2.1.1), checked here first so the form
 * can say so at once. The server stays the authority and its message is shown for anything else
 * it refuses (too long, equal to the username).
 */
export const MIN_PASSWORD_LENGTH = 12;

export interface CreateUserRequest {
  username: string;
  displayName: string;
  role: Role;
  /** Initial password; the user is told it out of band. */
  password: string;
}

export type UpdateUserRequest = Partial<Pick<AdminUser, 'displayName' | 'role' | 'active'>> & { password?: string };

export interface DeviceKey {
  id: number;
  deviceId: string;
  label: string | null;
  /** The first characters of the secret, enough to recognise a key in a device's configuration. */
  prefix: string;
  createdAt: string;
  createdBy: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

/** The answer to creating a key: the only time the server ever returns the secret. */
export interface CreatedDeviceKey extends DeviceKey {
  key: string;
}

export interface CreateDeviceKeyRequest {
  deviceId: string;
  label?: string;
}

export interface AdminDevice {
  id: string;
  deviceType: DeviceType;
  name: string;
  floorId: string | null;
  roomId: string | null;
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  target: string | null;
  /** Sent by the server beyond the documented contract; a refused action is recorded too. */
  outcome?: 'success' | 'failure';
  details: unknown;
}

export interface AuditPage {
  limit: number;
  /** Only entries older than this id: the last id of the previous page. */
  before?: number;
}
