import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { DeviceType, SensorMeasure } from '../floorplan/import/floorplan-format.js';

/**
 * A gateway, dispenser, sensor or cabinet placed on a floor plan. Its id (from the plan)
 * is the device's identity everywhere: device keys, reports, alerts. Placements are
 * written only by the floor-plan import (DevicesService.upsertPlacements).
 */
@Entity('placed_devices')
export class PlacedDevice {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  /** One of DEVICE_TYPES (validated by the import; varchar for portability). */
  @Column({ type: 'varchar', length: 32 })
  deviceType: DeviceType;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Index()
  @Column({ type: 'varchar', length: 64 })
  floorId: string;

  @Index()
  @Column({ type: 'varchar', length: 64, nullable: true })
  roomId: string | null;

  /** Position on the floor, metres (x east, y north). */
  @Column({ type: 'double' })
  x: number;

  @Column({ type: 'double' })
  y: number;

  @Column({ type: 'double', nullable: true })
  mountHeightM: number | null;

  /** Environment sensors: what they report; null for other devices. */
  @Column({ type: 'simple-json', nullable: true })
  measures: SensorMeasure[] | null;

  @Column({ type: 'datetime', precision: 3 })
  createdAt: Date;

  /** Changes only when an import moves or changes the device. */
  @Column({ type: 'datetime', precision: 3 })
  updatedAt: Date;
}
