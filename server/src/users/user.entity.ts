import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '../platform/auth/role.js';

/** A person who signs in to Wardwatch. Users are deactivated, never deleted, so the audit trail keeps its meaning. */
@Entity('users')
export class User {
  @PrimaryGeneratedColumn()
  id: number;

  /** Lower-case, unique; what people type to sign in. */
  @Column({ type: 'varchar', length: 64, unique: true })
  username: string;

  @Column({ type: 'varchar', length: 100 })
  displayName: string;

  /** One of ROLES (validated at the edge; varchar rather than an enum column for portability). */
  @Column({ type: 'varchar', length: 32 })
  role: Role;

  /** argon2id, PHC string format (parameters and salt included). */
  @Column({ type: 'varchar', length: 255 })
  passwordHash: string;

  @Column({ type: 'boolean' })
  active: boolean;

  /**
   * Copied into every session token; bumping it (password or role change,
   * deactivation, sign-out) makes every token issued before invalid.
   */
  @Column({ type: 'int' })
  sessionVersion: number;

  @Column({ type: 'datetime', precision: 3 })
  createdAt: Date;

  @Column({ type: 'datetime', precision: 3 })
  updatedAt: Date;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  lastLoginAt: Date | null;
}
