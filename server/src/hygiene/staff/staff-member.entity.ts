import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { StaffBadgeAssignment } from './staff-badge-assignment.entity.js';
import type { StaffRole } from './staff-roles.js';

/** A member of staff whose badge the hand-hygiene compliance counts. Personal data: infection control and admins only. */
@Entity('staff_members')
export class StaffMember {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 120 })
  displayName: string;

  /** One of STAFF_ROLES. */
  @Index()
  @Column({ type: 'varchar', length: 32 })
  role: StaffRole;

  /** The unit (a floor-plan room `unit`) the person works on; null for staff who float between units. */
  @Index()
  @Column({ type: 'varchar', length: 120, nullable: true })
  unit: string | null;

  /** The hospital's employee number; unique when given. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 32, nullable: true })
  employeeNumber: string | null;

  /** Inactive staff keep their records (audits look back) but no badge and no new stays. */
  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** The badge's tag identity (libs/beacon, as equipment tags); unique: a badge is on at most one person. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 128, nullable: true })
  badgeTagId: string | null;

  /** When the current badge was assigned: stays are read only from here on (badges are reissued). */
  @Column({ type: 'datetime', precision: 3, nullable: true })
  badgeAssignedAt: Date | null;

  @Column({ type: 'datetime', precision: 3 })
  createdAt: Date;

  @Column({ type: 'datetime', precision: 3 })
  updatedAt: Date;
}

export const STAFF_ENTITIES = [StaffMember, StaffBadgeAssignment];
