/**
 * The batch a gateway sends, as docs/schemas/ble-ingest.schema.json describes it. These types hold only
 * after the compiled schema accepted the body (see ble-batch-validator.ts).
 */

export interface BleBatch {
  readonly gatewayId: string;
  readonly seq: number;
  /** ISO-8601 with a time zone. */
  readonly sentAt: string;
  readonly sightings: readonly BleSightingReport[];
}

/** One sighting as reported: exactly one of `adv` and `beacon`. */
export interface BleSightingReport {
  /** ISO-8601 with a time zone, or epoch ms. */
  readonly ts: string | number;
  readonly rssi: number;
  readonly n?: number;
  readonly rssiMax?: number;
  readonly mac?: string;
  readonly batteryMv?: number;
  readonly temperatureC?: number;
  /** Hex of the advertisement's AD structures. */
  readonly adv?: string;
  /** A pre-parsed frame, read by libs/beacon `beaconFromJson`. */
  readonly beacon?: Readonly<Record<string, unknown>>;
}
