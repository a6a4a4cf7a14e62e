/**
 * Accuracy of the location engine at one shadowing σ: the simulator's St Mary's tags (see
 * accuracy-tags.ts) feed one or more engines directly, sighting by sighting, hours of event time as
 * fast as the CPU allows; every report window each engine's event time is advanced and its changes
 * drained (as the live service does), and every second each tag is scored against the ground truth.
 * One simulation feeds all engines, so engine settings are compared on identical radio data.
 * Run by run-all.ts in a child process (two σ in parallel).
 */
import type { EngineConfig } from '../../server/src/location/engine/engine-config.js';
import type { Sighting } from '../../server/src/location/engine/engine-types.js';
import { LocationEngine } from '../../server/src/location/engine/location-engine.js';
import { siteModelOfFloorPlans } from '../../server/src/location/site/site-model-of-floor-plans.js';
import { Simulation, type SightingSink } from '../../server/src/simulator/index.js';
import { loadStMarysFloors } from '../../server/src/simulator/testing/st-marys.js';
import { childMain } from '../support/child-process.js';
import { accuracyTags, TAG_GROUPS, type AccuracyTagCounts, type TagGroup } from './accuracy-tags.js';
import { GroupAccumulator, TagRecord, type GroupScore } from './accuracy-scoring.js';

export interface AccuracyOptions {
  sigmaDb: number;
  seed: number;
  hours: number;
  /** Event time before scoring starts (first placements, filters filling). */
  warmUpMs: number;
  tags: AccuracyTagCounts;
  engines: Array<{ label: string; overrides: Partial<EngineConfig> }>;
}

export interface EngineAccuracy {
  label: string;
  rssiNoiseDb: number;
  groups: Record<TagGroup | 'all', GroupScore>;
  lateDropped: number;
  /** Tags (of all groups) right less than 90 % of their scored time: where the error concentrates. */
  tagsBelow90: number;
  tagsBelow90ByGroup: Record<TagGroup, number>;
  /** The most frequent wrong answers: true room → reported room, in scored tag-seconds. */
  confusions: Array<{ trueRoomId: string; reportedRoomId: string; tagSeconds: number; tags: number }>;
}

export interface AccuracyResult {
  sigmaDb: number;
  seed: number;
  hours: number;
  warmUpMs: number;
  tagCounts: Record<TagGroup, number>;
  sightings: number;
  wallSeconds: number;
  cpuSeconds: number;
  engines: EngineAccuracy[];
}

interface EngineRun {
  label: string;
  engine: LocationEngine;
  records: TagRecord[];
  accumulators: Record<TagGroup, GroupAccumulator>;
  correctByTag: Float64Array;
  scoredByTag: Float64Array;
  confusions: Map<string, { seconds: number; tags: Set<number> }>;
}

function runAccuracy(options: AccuracyOptions): AccuracyResult {
  const floors = loadStMarysFloors();
  const { specs, groups } = accuracyTags(floors, options.tags);
  const simulation = new Simulation({ floors, seed: options.seed, sigmaDb: options.sigmaDb, tags: specs, mode: 'summary' });
  const site = siteModelOfFloorPlans(floors);
  const tagIds = simulation.tags.map((tag) => tag.tagId);
  const tagIndex = new Map(tagIds.map((tagId, index) => [tagId, index]));
  const txPower = simulation.tags.map((tag) => tag.beacon.txPower);
  const gatewayIds = simulation.building.gateways.map((gateway) => gateway.id);
  const truths = tagIds.map((tagId) => simulation.groundTruth(tagId));
  const runs: EngineRun[] = options.engines.map(({ label, overrides }) => ({
    label,
    engine: new LocationEngine(site, overrides),
    records: tagIds.map(() => new TagRecord()),
    accumulators: { equipment: new GroupAccumulator(), 'busy-equipment': new GroupAccumulator(), 'near-wall': new GroupAccumulator() },
    correctByTag: new Float64Array(tagIds.length),
    scoredByTag: new Float64Array(tagIds.length),
    confusions: new Map(),
  }));

  const startTs = simulation.startTs;
  const endTs = startTs + Math.round(options.hours * 3_600_000);
  const scoreFrom = startTs + options.warmUpMs;
  // Reused for every sighting: the engine copies what it keeps.
  const sighting: Sighting = { tagId: '', gatewayId: '', ts: 0, rssi: 0, n: 1, txPowerAt1m: -59 };
  let sightings = 0;

  const sink: SightingSink = {
    sighting(gatewayIndex, tagIndex, ts, rssi, n) {
      sighting.tagId = tagIds[tagIndex];
      sighting.gatewayId = gatewayIds[gatewayIndex];
      sighting.ts = ts;
      sighting.rssi = rssi;
      sighting.n = n;
      sighting.txPowerAt1m = txPower[tagIndex];
      sightings++;
      for (const run of runs) run.engine.ingest(sighting);
    },
    windowEnd(end) {
      for (const run of runs) {
        run.engine.advanceTo(end);
        const { transitions } = run.engine.drainChanges();
        for (const transition of transitions) run.records[tagIndex.get(transition.tagId) ?? -1].changes.push({ decidedAt: end, transition });
      }
      sample(end);
    },
  };

  const sample = (ts: number) => {
    for (let tag = 0; tag < tagIds.length; tag++) {
      const truth = truths[tag].positionAt(ts);
      for (const run of runs) {
        const position = run.engine.position(tagIds[tag]);
        run.records[tag].noteRoom(ts, position?.roomId ?? null);
        if (ts < scoreFrom) continue;
        const score = run.accumulators[groups[tag]];
        score.tagSeconds++;
        run.scoredByTag[tag]++;
        if (position?.roomId === truth.roomId) {
          score.correctSeconds++;
          run.correctByTag[tag]++;
        } else {
          noteConfusion(run, tag, truth.roomId, position?.roomId ?? '(not placed)');
        }
        if (!position) {
          score.unplacedSeconds++;
          continue;
        }
        if (position.floorId !== truth.floorId) score.wrongFloorSeconds++;
        else score.xyError.add(Math.hypot(position.x - truth.x, position.y - truth.y));
      }
    }
  };

  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  // Ten minutes of event time per call: bounded work between progress lines.
  for (let until = startTs; until < endTs; ) {
    until = Math.min(endTs, until + 600_000);
    simulation.stream(until, sink);
  }
  const wallSeconds = (performance.now() - wallBefore) / 1000;
  const cpu = process.cpuUsage(cpuBefore);

  const scoredHours = (endTs - scoreFrom) / 3_600_000;
  const engines = runs.map((run): EngineAccuracy => {
    const all = new GroupAccumulator();
    for (let tag = 0; tag < tagIds.length; tag++) run.accumulators[groups[tag]].addTag(run.records[tag], truths[tag], startTs, scoreFrom, endTs);
    const scores = {} as Record<TagGroup | 'all', GroupScore>;
    for (const group of TAG_GROUPS) {
      scores[group] = run.accumulators[group].finish(scoredHours);
      all.absorb(run.accumulators[group]);
    }
    scores.all = all.finish(scoredHours);
    const confusions = [...run.confusions]
      .map(([key, { seconds, tags }]) => {
        const [trueRoomId, reportedRoomId] = key.split(' ');
        return { trueRoomId, reportedRoomId, tagSeconds: seconds, tags: tags.size };
      })
      .sort((a, b) => b.tagSeconds - a.tagSeconds)
      .slice(0, 6);
    let tagsBelow90 = 0;
    const tagsBelow90ByGroup: Record<TagGroup, number> = { equipment: 0, 'busy-equipment': 0, 'near-wall': 0 };
    for (let tag = 0; tag < tagIds.length; tag++) {
      if (run.correctByTag[tag] >= 0.9 * run.scoredByTag[tag]) continue;
      tagsBelow90++;
      tagsBelow90ByGroup[groups[tag]]++;
    }
    return { label: run.label, rssiNoiseDb: run.engine.config.rssiNoiseDb, groups: scores, lateDropped: run.engine.stats().lateDropped, tagsBelow90, tagsBelow90ByGroup, confusions };
  });

  const tagCounts = { equipment: 0, 'busy-equipment': 0, 'near-wall': 0 } as Record<TagGroup, number>;
  for (const group of groups) tagCounts[group]++;
  return {
    sigmaDb: options.sigmaDb,
    seed: options.seed,
    hours: options.hours,
    warmUpMs: options.warmUpMs,
    tagCounts,
    sightings,
    wallSeconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    engines,
  };
}

function noteConfusion(run: EngineRun, tag: number, trueRoomId: string, reportedRoomId: string): void {
  const key = `${trueRoomId} ${reportedRoomId}`;
  let confusion = run.confusions.get(key);
  if (!confusion) run.confusions.set(key, (confusion = { seconds: 0, tags: new Set() }));
  confusion.seconds++;
  confusion.tags.add(tag);
}

childMain(runAccuracy);
