import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Who wore which badge when: one row per assignment, ended when the badge is taken back, replaced or
 * its holder deactivated. Compliance and contact investigation read stays through these, so a person who
 * left, or a badge reissued to someone else, keeps past figures as they were. Append-only but for `endedAt`.
 */
@Entity('staff_badge_assignments')
@Index(['staffId', 'assignedAt'])
@Index(['badgeTagId', 'assignedAt'])
export class StaffBadgeAssignment {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  staffId: number;

  @Column({ type: 'varchar', length: 128 })
  badgeTagId: string;

  @Column({ type: 'datetime', precision: 3 })
  assignedAt: Date;

  /** Null while the person still has it. */
  @Column({ type: 'datetime', precision: 3, nullable: true })
  endedAt: Date | null;
}
