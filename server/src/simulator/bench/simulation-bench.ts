/**
 * Generation speed of the simulator, for the repository's bench/ runner (which owns reporting): a
 * number of parked or roaming tags on the given floors, simulated for some event time, either into
 * batches (`step`, what the demo and the ingest benchmarks use) or into a counting `SightingSink`
 * (`stream`, the simulator alone). CPU time is the process's, so run it on a quiet machine.
 */
import type { ParsedFloorPlan } from '../../floorplan/import/floorplan-format.js';
import type { ReportMode } from '../gateway-reports.js';
import type { SightingSink } from '../sighting-sink.js';
import { Simulation, type TagSpec } from '../simulation.js';

export interface SimulationBenchOptions {
  floors: readonly ParsedFloorPlan[];
  tags: number;
  /** Event time simulated after the warm-up, seconds. */
  seconds: number;
  /** 'parked' tags (the benchmark load: links computed once) or 'roaming' equipment. */
  movement?: 'parked' | 'roam';
  mode?: ReportMode;
  output?: 'batches' | 'stream';
  seed?: number;
}

export interface SimulationBenchResult {
  sightings: number;
  receptions: number;
  cpuMs: number;
  wallMs: number;
  sightingsPerCpuSecond: number;
  /** Event time simulated per second of wall time. */
  realTimeFactor: number;
}

/** Warm-up (V8 optimisation, first link budgets): this much event time before measuring. */
const WARM_UP_S = 10;

export function benchSimulation(options: SimulationBenchOptions): SimulationBenchResult {
  const tags: TagSpec[] = Array.from({ length: options.tags }, () => ({ kind: 'equipment', movement: options.movement ?? 'parked' }));
  const simulation = new Simulation({ floors: options.floors, seed: options.seed ?? 1, tags, mode: options.mode ?? 'summary' });
  const output = options.output ?? 'batches';
  let sink = 0;
  const counter: SightingSink = {
    sighting: (_gateway, _tag, _ts, rssi) => {
      sink += rssi;
    },
    windowEnd: () => undefined,
  };
  const advance = (untilTs: number) => {
    if (output === 'stream') simulation.stream(untilTs, counter);
    else for (const batch of simulation.step(untilTs)) sink += batch.sightings.length;
  };
  for (let s = 1; s <= WARM_UP_S; s++) advance(simulation.startTs + s * 1000);
  const before = { ...simulation.stats };
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  // One window per call, as a real-time runner would step.
  for (let s = 1; s <= options.seconds; s++) advance(simulation.startTs + (WARM_UP_S + s) * 1000);
  const wallMs = performance.now() - wallBefore;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  if (sink === 0 && simulation.stats.sightings > before.sightings) throw new Error('benchmark output was not consumed');
  const sightings = simulation.stats.sightings - before.sightings;
  return {
    sightings,
    receptions: simulation.stats.receptions - before.receptions,
    cpuMs,
    wallMs,
    sightingsPerCpuSecond: (sightings / cpuMs) * 1000,
    realTimeFactor: (options.seconds * 1000) / wallMs,
  };
}
