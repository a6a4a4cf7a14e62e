/**
 * St Mary's door counters (the ED bay doors, floorplans/README.md) as they would report: people walking
 * in, minute by minute, sent once a minute as `entries` events. Pure: the counters, the seed and the
 * clock come in; each minute's count is a hash of the seed, the counter and the minute, so the result does
 * not depend on how the feed is stepped or when the server restarted.
 *
 * Rate: 4 people an hour through each bay door, day and night (an assumption: a bay's nurse, the doctor's
 * review, a porter or a healthcare assistant, a relative; the ED never closes). The badge-wearing demo
 * staff's own entries are among them, so the group-level figure sits near the badge-based one.
 */
import { deriveSeed, hash4 } from '../../simulator/prng.js';

export const ENTRIES_PER_HOUR = 4;
const MINUTE_MS = 60_000;
/** After a longer pause (a suspended machine) the counters resume at the present rather than replay it. */
const MAX_CATCH_UP_MS = 60 * MINUTE_MS;
const TWO_POW_32 = 4294967296;

export interface DoorCounterBatch {
  deviceId: string;
  /** The end of the last minute reported, in ms: a new value each minute that continues above earlier runs. */
  seq: number;
  sentAt: string;
  events: Array<{ type: 'entries'; ts: number; count: number }>;
}

/** People through the counter's door in the minute starting at `minuteStart`: Poisson with ENTRIES_PER_HOUR / 60, by inversion of one hashed uniform. */
export function entriesInMinute(counterKey: number, minuteStart: number): number {
  const mean = ENTRIES_PER_HOUR / 60;
  const uniform = hash4(counterKey, Math.floor(minuteStart / MINUTE_MS), 0, 0) / TWO_POW_32;
  let count = 0;
  let probability = Math.exp(-mean);
  let cumulative = probability;
  while (uniform > cumulative && count < 1000) {
    count++;
    probability *= mean / count;
    cumulative += probability;
  }
  return count;
}

/** The door counters' batches, minute by minute from the start, each counter's busy minutes in one batch a minute. */
export class DemoDoorCounterFeed {
  private reportedUntil: number;
  private readonly keys: ReadonlyMap<string, number>;

  constructor(counterIds: readonly string[], seed: number, startTs: number) {
    this.keys = new Map(counterIds.map((id) => [id, deriveSeed(seed, 'door-counter', id)]));
    this.reportedUntil = Math.floor(startTs / MINUTE_MS) * MINUTE_MS;
  }

  /** Batches for the whole minutes since the last call, up to `now`; counters that counted no one send nothing. */
  batchesUntil(now: number): DoorCounterBatch[] {
    const until = Math.floor(now / MINUTE_MS) * MINUTE_MS;
    if (until <= this.reportedUntil) return [];
    this.reportedUntil = Math.max(this.reportedUntil, until - MAX_CATCH_UP_MS);
    const batches: DoorCounterBatch[] = [];
    for (const [deviceId, key] of this.keys) {
      const events: DoorCounterBatch['events'] = [];
      for (let minute = this.reportedUntil; minute < until; minute += MINUTE_MS) {
        const count = entriesInMinute(key, minute);
        if (count > 0) events.push({ type: 'entries', ts: minute + MINUTE_MS - 1, count });
      }
      if (events.length > 0) batches.push({ deviceId, seq: until, sentAt: new Date(now).toISOString(), events });
    }
    this.reportedUntil = until;
    return batches;
  }
}
