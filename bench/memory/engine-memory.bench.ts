/**
 * Memory per tracked tag in the location engine, and its speed at that scale. Runs in a child process
 * with --expose-gc: builds the engine on St Mary's, then feeds `tags` tags, each heard by the
 * `gatewaysPerTag` gateways nearest a random spot at 1 Hz (support/synthetic-tags.ts, Gaussian noise),
 * for a few report windows so that every tag is placed and its evidence slots are in use; heap and
 * external (typed-array) memory are read after full collections before and after. The sighting
 * generator keeps its per-tag data in typed arrays allocated before the first reading.
 */
import type { Sighting } from '../../server/src/location/engine/engine-types.js';
import { LocationEngine } from '../../server/src/location/engine/location-engine.js';
import { siteModelOfFloorPlans } from '../../server/src/location/site/site-model-of-floor-plans.js';
import { SIMULATED_SITE_UUID } from '../../server/src/simulator/index.js';
import { Prng } from '../../server/src/simulator/prng.js';
import { loadStMarysFloors } from '../../server/src/simulator/testing/st-marys.js';
import { childMain } from '../support/child-process.js';
import { SYNTHETIC_P1M_DBM, syntheticTags } from '../support/synthetic-tags.js';

export interface EngineMemoryOptions {
  tags: number;
  gatewaysPerTag: number;
  /** Report windows fed before the second reading. */
  windows: number;
  /** Further windows, timed, for the engine's speed at this scale. */
  timedWindows: number;
  seed: number;
}

export interface EngineMemoryResult {
  tags: number;
  tagsTracked: number;
  tagsPlaced: number;
  gatewaysPerTag: number;
  heapUsedGrowthBytes: number;
  externalGrowthBytes: number;
  rssGrowthBytes: number;
  bytesPerTag: number;
  timedSightings: number;
  timedCpuSeconds: number;
  timedWallSeconds: number;
  sightingsPerCpuSecond: number;
}

const T0 = Date.UTC(2025, 0, 6, 8, 0, 0);
/** Reading noise around the synthetic means (the engine's default rssiNoiseDb). */
const NOISE_DB = 4;

function gc(): void {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error('run with --expose-gc');
  // Twice: the first pass may only promote what the second frees.
  collect();
  collect();
}

function runEngineMemory(options: EngineMemoryOptions): EngineMemoryResult {
  const floors = loadStMarysFloors();
  const site = siteModelOfFloorPlans(floors);
  const prng = new Prng(options.seed + 1);
  const k = options.gatewaysPerTag;
  const { gatewayOf, meanOf } = syntheticTags(site.gateways, options.tags, k, options.seed);
  const gatewayIds = site.gateways.map((gateway) => gateway.id);
  const sighting: Sighting = { tagId: '', gatewayId: '', ts: 0, rssi: 0, n: 3, txPowerAt1m: SYNTHETIC_P1M_DBM };
  const uuid = SIMULATED_SITE_UUID.toLowerCase();

  const engine = new LocationEngine(site);
  const feedWindow = (ts: number): number => {
    for (let tag = 0; tag < options.tags; tag++) {
      // A fresh id string per window, as the ingest makes one per sighting: only the engine keeps one.
      sighting.tagId = `ibeacon:${uuid}:1:${tag + 1}`;
      sighting.ts = ts;
      for (let j = 0; j < k; j++) {
        sighting.gatewayId = gatewayIds[gatewayOf[tag * k + j]];
        sighting.rssi = Math.round(meanOf[tag * k + j] + NOISE_DB * prng.gaussian());
        engine.ingest(sighting);
      }
    }
    engine.advanceTo(ts);
    engine.drainChanges();
    return options.tags * k;
  };

  gc();
  const before = process.memoryUsage();
  let ts = T0;
  for (let w = 1; w <= options.windows; w++) feedWindow((ts = T0 + w * 1000));
  engine.advanceTo(ts + engine.config.allowedLatenessMs + engine.config.tickMs);
  engine.drainChanges();
  gc();
  const after = process.memoryUsage();
  let placed = 0;
  for (let tag = 0; tag < options.tags; tag++) if (engine.position(`ibeacon:${uuid}:1:${tag + 1}`)) placed++;

  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  let timedSightings = 0;
  for (let w = 1; w <= options.timedWindows; w++) timedSightings += feedWindow(ts + w * 1000);
  const timedWallSeconds = (performance.now() - wallBefore) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const timedCpuSeconds = (cpu.user + cpu.system) / 1e6;

  const heapUsedGrowthBytes = after.heapUsed - before.heapUsed;
  const externalGrowthBytes = after.external - before.external;
  return {
    tags: options.tags,
    tagsTracked: engine.stats().tagsTracked,
    tagsPlaced: placed,
    gatewaysPerTag: k,
    heapUsedGrowthBytes,
    externalGrowthBytes,
    rssGrowthBytes: after.rss - before.rss,
    bytesPerTag: (heapUsedGrowthBytes + externalGrowthBytes) / options.tags,
    timedSightings,
    timedCpuSeconds,
    timedWallSeconds,
    sightingsPerCpuSecond: timedSightings / timedCpuSeconds,
  };
}

childMain(runEngineMemory);
