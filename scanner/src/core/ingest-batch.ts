/**
 * The ingest format the agent sends (docs/ingest-ble.md, docs/schemas/ble-ingest.schema.json): one batch
 * per window, each sighting a window summary of one tag with its decoded beacon frame.
 */

/** A frame in the ingest's pre-parsed form (libs/beacon README, "Pre-parsed JSON"). */
export type IngestBeacon =
  | { readonly type: 'ibeacon'; readonly uuid: string; readonly major: number; readonly minor: number; readonly txPower: number }
  | {
      readonly type: 'altbeacon';
      readonly id: string;
      readonly txPower: number;
      readonly companyId?: number;
      readonly mfgReserved?: number;
    }
  | { readonly type: 'eddystone-uid'; readonly namespace: string; readonly instance: string; readonly txPower: number };

export interface IngestSighting {
  /** The window's end, epoch ms. */
  readonly ts: number;
  /** The window's median RSSI, dBm. */
  readonly rssi: number;
  readonly n: number;
  readonly rssiMax: number;
  readonly mac: string;
  readonly beacon: IngestBeacon;
  readonly batteryMv?: number;
  readonly temperatureC?: number;
}

export interface IngestBatch {
  readonly gatewayId: string;
  readonly seq: number;
  readonly sentAt: string;
  readonly sightings: readonly IngestSighting[];
}

/**
 * Sightings per batch at most. The ingest allows 5000 and a 1 MiB body; a sighting here is about 200
 * bytes of JSON, so 2000 stays well inside both.
 */
export const MAX_SIGHTINGS_PER_BATCH = 2000;

/**
 * Hands out batch seqs: +1 per batch, continuing from the last one stored (the queue keeps it). A gateway
 * with no stored counter starts from its clock in ms, which is above any earlier value (docs/ingest-ble.md,
 * "seq and retries", rule 5).
 */
export class SeqCounter {
  private last: number;

  constructor(lastStored: number | undefined, nowMs: number) {
    this.last = lastStored ?? nowMs - 1;
  }

  next(): number {
    return ++this.last;
  }

  get current(): number {
    return this.last;
  }
}

/** The window's sightings as batches of at most `maxPerBatch`, each with its own seq. None for an empty window. */
export function buildBatches(
  gatewayId: string,
  sightings: readonly IngestSighting[],
  sentAtMs: number,
  seqs: SeqCounter,
  maxPerBatch = MAX_SIGHTINGS_PER_BATCH,
): IngestBatch[] {
  const batches: IngestBatch[] = [];
  const sentAt = new Date(sentAtMs).toISOString();
  for (let i = 0; i < sightings.length; i += maxPerBatch) {
    batches.push({ gatewayId, seq: seqs.next(), sentAt, sightings: sightings.slice(i, i + maxPerBatch) });
  }
  return batches;
}
