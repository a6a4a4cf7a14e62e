/**
 * Ingest request bodies, made before the clock starts so the load process only stamps and sends.
 * A batch is kept as JSON text cut at its timestamps: sending joins the pieces with the send time
 * (every sighting of a summary window carries the window's end, so one value serves the batch),
 * behind a header with the gateway's next seq and the same time as sentAt. Timestamps are therefore
 * "now" whenever a batch goes out, which the ingest's clock checks require, and seqs increase per
 * gateway in send order.
 */
import type { ParsedFloorPlan } from '../../server/src/floorplan/import/floorplan-format.js';
import { SIMULATED_SITE_UUID, Simulation, type IBeaconJson, type SummarySighting } from '../../server/src/simulator/index.js';
import { Prng } from '../../server/src/simulator/prng.js';
import { syntheticTags } from '../support/synthetic-tags.js';

/** Stands where the send time goes; never appears in JSON text otherwise. */
const TS_MARK = '\u0000';

export interface BatchTemplate {
  gatewayId: string;
  sightings: number;
  /** The sightings array's text and the closing brace, cut where each `ts` value goes. */
  pieces: string[];
  /** Probe tags (indices into the probe list) this batch carries. */
  probes: number[];
}

export interface PayloadSet {
  templates: BatchTemplate[];
  sightings: number;
  /** Tag ids of the probe tags, as the location API knows them. */
  probeTagIds: string[];
  bytes: number;
}

/** The body of a template sent at `nowMs` as the gateway's batch `seq`. */
export function stampBody(template: BatchTemplate, seq: number, nowMs: number): string {
  return `{"gatewayId":"${template.gatewayId}","seq":${seq},"sentAt":"${new Date(nowMs).toISOString()}","sightings":[${template.pieces.join(String(nowMs))}`;
}

/** Splits `count` items into the fewest chunks of at most `max`, as equal as possible. */
function chunkSizes(count: number, max: number): number[] {
  const chunks = Math.ceil(count / max);
  return Array.from({ length: chunks }, (_, i) => Math.floor((count * (i + 1)) / chunks) - Math.floor((count * i) / chunks));
}

function templateOf(gatewayId: string, sightingTexts: readonly string[], probes: number[]): BatchTemplate {
  return { gatewayId, sightings: sightingTexts.length, pieces: `${sightingTexts.join(',')}]}`.split(TS_MARK), probes };
}

/**
 * `windows` report windows of `tags` parked equipment tags on the floors (summary mode), each
 * gateway's window cut into batches of at most `maxBatch` sightings; `probeCount` tags spread over
 * the list are marked as probes.
 */
export function simulatedPayloads(options: {
  floors: readonly ParsedFloorPlan[];
  tags: number;
  seed: number;
  windows: number;
  maxBatch: number;
  probeCount: number;
}): PayloadSet {
  const simulation = new Simulation({
    floors: options.floors,
    seed: options.seed,
    tags: Array.from({ length: options.tags }, () => ({ kind: 'equipment' as const, movement: 'parked' as const })),
    mode: 'summary',
  });
  const beaconText = new Map<IBeaconJson, string>();
  const probeOfBeacon = new Map<IBeaconJson, number>();
  const probeTagIds: string[] = [];
  simulation.tags.forEach((tag, i) => {
    beaconText.set(tag.beacon, JSON.stringify(tag.beacon));
    if (i % Math.floor(options.tags / options.probeCount) === 0 && probeTagIds.length < options.probeCount) {
      probeOfBeacon.set(tag.beacon, probeTagIds.length);
      probeTagIds.push(tag.tagId);
    }
  });
  const templates: BatchTemplate[] = [];
  let sightings = 0;
  let bytes = 0;
  for (let w = 0; w < options.windows; w++) {
    for (const batch of simulation.step(simulation.now + 1000)) {
      const reports = batch.sightings as SummarySighting[];
      let from = 0;
      for (const size of chunkSizes(reports.length, options.maxBatch)) {
        const texts: string[] = [];
        const probes = new Set<number>();
        for (const report of reports.slice(from, from + size)) {
          texts.push(`{"ts":${TS_MARK},"rssi":${report.rssi},"n":${report.n},"rssiMax":${report.rssiMax},"beacon":${beaconText.get(report.beacon)}}`);
          const probe = probeOfBeacon.get(report.beacon);
          if (probe !== undefined) probes.add(probe);
        }
        const template = templateOf(batch.gatewayId, texts, [...probes]);
        templates.push(template);
        sightings += size;
        bytes += Buffer.byteLength(stampBody(template, 1, Date.now()));
        from += size;
      }
    }
  }
  return { templates, sightings, probeTagIds, bytes };
}

/**
 * Batches that bring `tags` new tags to the engine (iBeacon major `major`, minors from 1): each heard
 * by its `gatewaysPerTag` nearest gateways (support/synthetic-tags.ts) in each of `windows` windows.
 */
export function newTagPayloads(options: {
  gateways: ReadonlyArray<{ id: string; floorId: string; x: number; y: number }>;
  tags: number;
  major: number;
  gatewaysPerTag: number;
  windows: number;
  maxBatch: number;
  seed: number;
}): PayloadSet {
  const k = options.gatewaysPerTag;
  const synthetic = syntheticTags(options.gateways, options.tags, k, options.seed);
  const noise = new Prng(options.seed + 1);
  const uuid = SIMULATED_SITE_UUID.toUpperCase();
  const templates: BatchTemplate[] = [];
  let sightings = 0;
  let bytes = 0;
  for (let w = 0; w < options.windows; w++) {
    const byGateway: string[][] = options.gateways.map(() => []);
    for (let tag = 0; tag < options.tags; tag++) {
      const beacon = `{"type":"ibeacon","uuid":"${uuid}","major":${options.major},"minor":${tag + 1},"txPower":-59}`;
      for (let j = 0; j < k; j++) {
        const rssi = Math.max(-127, Math.min(20, Math.round(synthetic.meanOf[tag * k + j] + 4 * noise.gaussian())));
        byGateway[synthetic.gatewayOf[tag * k + j]].push(`{"ts":${TS_MARK},"rssi":${rssi},"n":3,"beacon":${beacon}}`);
      }
    }
    byGateway.forEach((texts, g) => {
      let from = 0;
      for (const size of chunkSizes(texts.length, options.maxBatch)) {
        const template = templateOf(options.gateways[g].id, texts.slice(from, from + size), []);
        templates.push(template);
        sightings += size;
        bytes += Buffer.byteLength(stampBody(template, 1, Date.now()));
        from += size;
      }
    });
  }
  return { templates, sightings, probeTagIds: [], bytes };
}
