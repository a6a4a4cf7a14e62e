import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AlertDetail, AlertSeverity } from './alert-condition.js';

/** How an alert ended: its condition went away by itself, or a person resolved it (with a note). */
export type AlertResolution = 'auto_cleared' | 'resolved';

/**
 * One alert: a condition (`conditionKey`) that held from `raisedAt` until it was resolved. Every
 * feature's alerts share this table; `kind` says whose it is. While the alert is open, `openKey`
 * holds the condition key, and its unique index lets the database refuse a second open alert for
 * the same condition (both MySQL and SQLite allow any number of NULLs in a unique index, so resolved
 * alerts, whose `openKey` is NULL, never collide).
 */
@Entity('alerts')
@Index('IDX_alerts_kind_raised', ['kind', 'raisedAt'])
export class Alert {
  @PrimaryGeneratedColumn()
  id: number;

  /** `equipment.missing`, `gateway.offline`, … (see alert-kinds.ts). */
  @Column({ type: 'varchar', length: 64 })
  kind: string;

  /** `<kind>:<subjectType>:<subjectId>`. The same condition raised again later is a new alert with the same key. */
  @Index()
  @Column({ type: 'varchar', length: 255 })
  conditionKey: string;

  /** The condition key while the alert is open, NULL once resolved. Unique: one open alert per condition. */
  @Index('UQ_alerts_open_key', { unique: true })
  @Column({ type: 'varchar', length: 255, nullable: true })
  openKey: string | null;

  @Column({ type: 'varchar', length: 16 })
  severity: AlertSeverity;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'simple-json', nullable: true })
  detail: AlertDetail | null;

  /** `asset`, `gateway`, `tag`, `par`, …: what the alert is about. */
  @Column({ type: 'varchar', length: 32 })
  subjectType: string;

  @Column({ type: 'varchar', length: 128 })
  subjectId: string;

  @Index()
  @Column({ type: 'varchar', length: 64, nullable: true })
  floorId: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  roomId: string | null;

  @Column({ type: 'datetime', precision: 3 })
  raisedAt: Date;

  /** When a check last found the condition still true. */
  @Column({ type: 'datetime', precision: 3 })
  lastEvaluatedAt: Date;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  acknowledgedAt: Date | null;

  /** The username of who acknowledged it. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  acknowledgedBy: string | null;

  @Column({ type: 'text', nullable: true })
  acknowledgeNote: string | null;

  @Index()
  @Column({ type: 'datetime', precision: 3, nullable: true })
  resolvedAt: Date | null;

  /** The username of who resolved it, or `system` when it cleared by itself. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  resolvedBy: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  resolution: AlertResolution | null;

  /** Required when a person resolves the alert: what was done. */
  @Column({ type: 'text', nullable: true })
  resolutionNote: string | null;
}
