/**
 * Wardwatch's BLE beacon parsing, shared by the server's ingest and the scanner agent. Pure TypeScript:
 * no Node I/O, no framework, no clock. See README.md for the formats, the tag identity and the choices.
 */
export {
  parseAdvertisement,
  parseAdvertisementHex,
  type MalformedReason,
  type ParsedAdvertisement,
} from './src/advertisement.js';
export { AdvertisementStats, type AdvertisementStatsSnapshot, type BeaconFrameType } from './src/advertisement-stats.js';
export {
  EDDYSTONE_LOSS_AT_1M_DB,
  altBeaconTagId,
  eddystoneUidTagId,
  iBeaconTagId,
  isTagFrame,
  rssiAt1m,
  type AltBeaconFrame,
  type BeaconFrame,
  type EddystoneEncryptedTlmFrame,
  type EddystoneTlmFrame,
  type EddystoneUidFrame,
  type EddystoneUrlFrame,
  type FrameResult,
  type IBeaconFrame,
  type TagFrame,
  type TagFrameType,
  type UnknownFrame,
  type UnknownFrameReason,
} from './src/beacon-frame.js';
export { beaconFromJson, type BeaconJsonIssue, type BeaconJsonResult } from './src/beacon-json.js';
export { APPLE_COMPANY_ID, parseManufacturerData } from './src/manufacturer-data.js';
export { EDDYSTONE_SERVICE_UUID, parseServiceData } from './src/service-data.js';
export { TlmCorrelator, normalizeMac, type TagTelemetry, type TlmCorrelatorOptions } from './src/tlm-correlator.js';
