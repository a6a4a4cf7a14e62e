/**
 * The location feature's cadences and limits. Constants for now: they are operational tuning, not
 * deployment settings; when one needs to differ per installation it moves into AppConfig.
 */

/**
 * How often event time is advanced and the engine's changes drained: a position reaches the API, the
 * change listeners and the write queue at most this long after the engine decided it. With the engine's
 * own latency (tickMs + allowedLatenessMs = 800 ms by default) a sighting shows as a position within
 * 0.85 s of event time. An advance is O(tracked tags) of typed-array reads plus the evaluations that
 * fall due, so running it often spreads the same evaluations over more, shorter tasks.
 */
export const ADVANCE_INTERVAL_MS = 50;

/**
 * A tag not heard for this long (event time) leaves the engine, which frees its ~1 KB of evidence and
 * decision state; its last position and last-seen time stay in memory and are still served, and its
 * next sighting brings it back where it was. An hour is longer than any equipment type's missing
 * threshold, so tags that are merely quiet for a while never pay for the round trip.
 */
export const FORGET_SILENT_TAGS_AFTER_MS = 60 * 60 * 1000;

/** How often silent tags are looked for: O(tracked tags) of map reads. */
export const FORGET_CHECK_INTERVAL_MS = 5 * 60 * 1000;

/** How often queued changes are written (one transaction). A crash loses at most this much. */
export const FLUSH_INTERVAL_MS = 1000;

/**
 * How often the floor plans are read again and compared with the site model the engine runs on (the
 * import announces nothing; see README.md, "Floor-plan changes"). A handful of queries per floor.
 */
export const SITE_CHECK_INTERVAL_MS = 30_000;

/** Rows of each kind one flush writes at most; a larger backlog (after an outage) takes several flushes. */
export const MAX_ROWS_PER_FLUSH = 20_000;

/**
 * Rows per INSERT statement: 9 parameters a position row, 6 a transition row, well inside SQLite's
 * 32,766 host parameters and MySQL's 65,535 placeholders and max_allowed_packet.
 */
export const ROWS_PER_STATEMENT = 500;

/**
 * Event time is advanced to the newest sighting time seen, counting only sightings stamped at most this
 * far ahead of the server's clock. The ingest accepts gateway clocks up to a day off
 * (ble-ingest-limits.ts); one gateway running ahead must not raise event time for every tag, which
 * would make every other gateway's sightings late. (Its own sightings still reach the engine.)
 */
export const MAX_EVENT_TIME_LEAD_MS = 1000;

/** Longest history one request may ask for (`GET /api/location/tags/:tagId/history`). */
export const MAX_HISTORY_RANGE_MS = 31 * 24 * 60 * 60 * 1000;
