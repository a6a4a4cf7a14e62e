/** Roles compliance is reported by (server/src/hygiene/staff/staff-roles.ts). */
export const STAFF_ROLES = ['nurse', 'physician', 'therapist', 'environmental_services', 'other'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const STAFF_ROLE_LABELS: Readonly<Record<StaffRole, string>> = {
  nurse: 'Nurse',
  physician: 'Physician',
  therapist: 'Therapist',
  environmental_services: 'Environmental services',
  other: 'Other',
};

export interface StaffMember {
  id: number;
  displayName: string;
  role: StaffRole;
  unit: string | null;
  employeeNumber: string | null;
  active: boolean;
  badgeTagId: string | null;
  badgeAssignedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface StaffPage {
  total: number;
  items: StaffMember[];
}

export interface StaffQuery {
  q?: string;
  role?: StaffRole | '';
  active?: boolean;
  limit?: number;
  offset?: number;
}

export interface StaffFields {
  displayName: string;
  role: StaffRole;
  unit?: string | null;
  employeeNumber?: string | null;
}
