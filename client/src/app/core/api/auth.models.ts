/** The roles a person can hold; mirrors the server's `ROLES`. Each user has exactly one. */
export const ROLES = ['admin', 'biomed', 'infection_control', 'pharmacy', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  admin: 'Administrator',
  biomed: 'Biomedical engineering',
  infection_control: 'Infection control',
  pharmacy: 'Pharmacy',
  viewer: 'Viewer',
};

/** The signed-in person as the auth endpoints describe them. */
export interface User {
  id: number;
  username: string;
  displayName: string;
  role: Role;
}

export interface LoginRequest {
  username: string;
  password: string;
}

export interface LoginResponse {
  user: User;
  /** ISO timestamp at which the session cookie stops being accepted. */
  expiresAt: string;
}

export interface MeResponse {
  user: User;
}
