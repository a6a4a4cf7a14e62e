import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type AuditOutcome = 'success' | 'failure';

/**
 * One line of the audit trail: who did what to what, when, from where, and
 * whether it worked. Rows are only ever inserted; nothing updates or deletes them.
 */
@Entity('audit_entries')
export class AuditEntry {
  @PrimaryGeneratedColumn()
  id: number;

  /** UTC, with milliseconds so entries of one second keep their order. */
  @Index()
  @Column({ type: 'datetime', precision: 3 })
  at: Date;

  /** `user:alice`, `device:gw-1`, `system` or `anonymous` (see principalLabel). */
  @Column({ type: 'varchar', length: 100 })
  actor: string;

  /** `auth.login`, `users.create`, `http.POST /api/admin/users/:id`, … */
  @Column({ type: 'varchar', length: 200 })
  action: string;

  /** What the action concerned, e.g. `user:bob` or `device-key:3`. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  target: string | null;

  @Column({ type: 'varchar', length: 16 })
  outcome: AuditOutcome;

  /** The HTTP status the request was answered with, when the entry comes from a request. */
  @Column({ type: 'int', nullable: true })
  status: number | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  /** Small structured context, already redacted (see redactSecrets). */
  @Column({ type: 'simple-json', nullable: true })
  details: Record<string, unknown> | null;
}
