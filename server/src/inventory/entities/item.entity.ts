import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ControlledSchedule } from '../ledger/controlled-substances.js';

export const ITEM_KINDS = ['medication', 'supply'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** What a bin holds: a medication (code, name, strength, form, controlled schedule) or a supply. */
@Entity('inventory_items')
export class InventoryItem {
  @PrimaryGeneratedColumn()
  id: number;

  /** The hospital formulary code, unique: `MOR2INJ`. */
  @Column({ type: 'varchar', length: 32, unique: true })
  code: string;

  @Column({ type: 'varchar', length: 16 })
  kind: ItemKind;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  /** `2 mg/mL`; null for supplies. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  strength: string | null;

  /** `ampoule`, `tablet`, `vial`, `prefilled syringe`; null for supplies. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  form: string | null;

  /** DEA schedule II–V; null when not controlled. */
  @Column({ type: 'varchar', length: 3, nullable: true })
  controlledSchedule: ControlledSchedule | null;

  /** What one unit of the counts is: `ampoule`, `each`, `box of 10`. */
  @Column({ type: 'varchar', length: 24 })
  unitOfIssue: string;
}
