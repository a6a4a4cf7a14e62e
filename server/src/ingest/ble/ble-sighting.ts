/**
 * What the BLE ingest hands to features: one tag heard by one gateway. Structurally the location
 * engine's `Sighting` (server/src/location/engine/engine-types.ts) plus the tag's own telemetry.
 */
export interface BleSighting {
  /** The tag's identity as libs/beacon builds it, e.g. `ibeacon:<uuid>:<major>:<minor>`. */
  readonly tagId: string;
  readonly gatewayId: string;
  /** When the gateway heard the tag, by the gateway's clock, epoch ms. */
  readonly ts: number;
  /** dBm; the median of the gateway's window when `n` > 1. */
  readonly rssi: number;
  /** Advertisements behind `rssi` (1 when the gateway reports every one). */
  readonly n: number;
  /** Strongest RSSI of the window, when the gateway reports it. */
  readonly rssiMax?: number;
  /** The tag's calibrated RSSI at 1 m from its own frame (libs/beacon `rssiAt1m`); absent for TLM-only sightings. */
  readonly txPowerAt1m?: number;
  /** From the tag's Eddystone-TLM frame, or as the gateway decoded it. */
  readonly batteryMv?: number;
  readonly temperatureC?: number;
}
