/**
 * The limits of the BLE ingest protocol (docs/ingest-ble.md). The JSON schema states the per-field
 * bounds; these are the ones code enforces around it.
 */

/** Largest request body or MQTT message, bytes (1 MiB; body-parser's `1mb`). ~5000 sightings of a legacy advertisement fit. */
export const INGEST_BODY_LIMIT_BYTES = 1024 * 1024;

/** Most sightings in one batch; more is answered 413. Must equal the schema's `sightings.maxItems` (a spec checks). */
export const MAX_SIGHTINGS_PER_BATCH = 5000;

/** At most this many issues are listed in a 400 answer; the message says how many there were. */
export const MAX_REPORTED_ISSUES = 20;

/** `sentAt` may differ from the server's clock by this much either way: more means the gateway's clock is not set. */
export const MAX_SENT_AT_SKEW_MS = 24 * 60 * 60 * 1000;

/** A sighting may be this much older than its batch's `sentAt`: a gateway may buffer a day of sightings while offline. */
export const MAX_SIGHTING_AGE_MS = 24 * 60 * 60 * 1000;

/**
 * A sighting may be this much later than its batch's `sentAt`. Both come from the gateway's clock, so
 * only rounding separates them; a larger lead is a unit bug (microseconds for milliseconds) we refuse.
 */
export const MAX_SIGHTING_LEAD_MS = 60 * 1000;
