import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A BLE gateway's RSSI calibration: dB added to every RSSI it reports (the engine's
 * `SiteGateway.rssiOffsetDb`). Measured at installation with a reference tag at 1 m: a gateway
 * whose radio reads 3 dB hot gets −3. Gateways without a row read as measured (0).
 */
@Entity('gateway_calibrations')
export class GatewayCalibration {
  /** The placed gateway's id (placed_devices.id). */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  gatewayId: string;

  @Column({ type: 'double' })
  rssiOffsetDb: number;

  /** How it was measured, by whom on site: free text for the installation record. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @Column({ type: 'datetime', precision: 3 })
  updatedAt: Date;

  /** Username of who set it. */
  @Column({ type: 'varchar', length: 64 })
  updatedBy: string;
}
