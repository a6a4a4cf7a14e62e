/**
 * The load process of the throughput benchmark (a child of ingest-throughput.bench.ts, so the
 * server's process gets no share of its work): makes the payloads, then runs the phases, stopping at a
 * barrier before and after each so the parent can read the server's CPU time and memory there:
 *
 *   warm-up (closed loop, the first window once: every tag known) → JSON.parse of the same bodies
 *   → max (closed loop: capacity) → JSON.parse again → target (open loop at the target rate)
 *   → headroom (open loop at half the measured capacity: the delay when the server keeps up)
 *   → profile (closed loop, server CPU-profiled) → new-tags (more tags, once through, for the
 *   server's memory per tag)
 *
 * The JSON.parse loop runs in two halves right before and after the max phase, so the ratio of the
 * two compares them under nearly the same conditions on a shared machine.
 */
import { Agent } from 'node:http';
import { loadStMarysFloors } from '../../server/src/simulator/testing/st-marys.js';
import { BuildingModel } from '../../server/src/simulator/index.js';
import { barrier, childMain } from '../support/child-process.js';
import { newTagPayloads, simulatedPayloads, stampBody, type PayloadSet } from './batch-payloads.js';
import { DelayProbes, type ProbeResult } from './delay-probes.js';
import { BatchSender, type PhaseResult } from './http-load.js';

export interface LoadOptions {
  baseUrl: string;
  /** Device key per gateway id. */
  keys: Record<string, string>;
  /** Admin session token, for the probes' GETs. */
  adminToken: string;
  tags: number;
  seed: number;
  windows: number;
  maxBatch: number;
  connections: number;
  /** Longest warm-up (it ends sooner once the first window is through). */
  warmUpS: number;
  maxS: number;
  targetRate: number;
  targetS: number;
  /** Share of the measured capacity the headroom phase offers. */
  headroomShare: number;
  headroomS: number;
  openLoopMaxInFlight: number;
  profileS: number;
  /** JSON.parse loop, in total (half before the max phase, half after). */
  parseS: number;
  probes: number;
  probeIntervalMs: number;
  probeTimeoutMs: number;
  newTags: number;
  newTagGatewaysPerTag: number;
  newTagWindows: number;
}

export interface PayloadDescription {
  windows: number;
  tags: number;
  batches: number;
  sightings: number;
  sightingsPerWindow: number;
  meanBatchSightings: number;
  bytesPerSighting: number;
  generationSeconds: number;
  probeTags: number;
  probeIntervalMs: number;
}

export interface LoadResult {
  payload: PayloadDescription;
  newTagPayload: PayloadDescription;
  phases: Record<'warmUp' | 'max' | 'target' | 'headroom' | 'profile' | 'newTags', PhaseResult>;
  probes: { max: ProbeResult; target: ProbeResult; headroom: ProbeResult };
  parse: { seconds: number; cpuSeconds: number; bodies: number; sightingsPerSecond: number; sightingsPerCpuSecond: number; megabytesPerSecond: number };
}

async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const floors = loadStMarysFloors();
  let started = performance.now();
  const payload = simulatedPayloads({ floors, tags: options.tags, seed: options.seed, windows: options.windows, maxBatch: options.maxBatch, probeCount: options.probes });
  const payloadDescription = { ...describe(payload, options.windows, options.tags, started), probeTags: payload.probeTagIds.length, probeIntervalMs: options.probeIntervalMs };
  started = performance.now();
  const gateways = BuildingModel.fromFloorPlans(floors).gateways.map((gateway) => ({ id: gateway.id, floorId: gateway.floorId, x: gateway.x, y: gateway.y }));
  const newTagSet = newTagPayloads({
    gateways,
    tags: options.newTags,
    major: 7,
    gatewaysPerTag: options.newTagGatewaysPerTag,
    windows: options.newTagWindows,
    maxBatch: options.maxBatch,
    seed: options.seed + 1,
  });
  const newTagDescription = { ...describe(newTagSet, options.newTagWindows, options.newTags, started), probeTags: 0, probeIntervalMs: 0 };

  const probes = new DelayProbes(options.baseUrl, options.adminToken, payload.probeTagIds, options.probeIntervalMs, options.probeTimeoutMs);
  const agent = new Agent({ keepAlive: true, maxSockets: Math.max(options.connections, options.openLoopMaxInFlight) });
  const sender = new BatchSender(options.baseUrl, options.keys, agent, (template, stampMs, sentAt) => {
    for (const probe of template.probes) probes.sent(probe, stampMs, sentAt);
  });

  const phase = async (name: string, run: () => Promise<PhaseResult>): Promise<PhaseResult> => {
    await barrier(`${name}:start`);
    const result = await run();
    await barrier(`${name}:end`);
    return result;
  };

  const firstWindow = Math.round(payload.templates.length / options.windows);
  const warmUp = await phase('warm-up', () => sender.closedLoop('warm-up', payload, options.connections, { seconds: options.warmUpS, batches: firstWindow }));
  const probed = async (name: string, seconds: number, run: () => Promise<PhaseResult>): Promise<[PhaseResult, ProbeResult]> => {
    probes.start(seconds);
    const result = await phase(name, run);
    return [result, await probes.stop()];
  };
  const parseBefore = parseLoop(payload, options.parseS / 2);
  const [max, maxProbes] = await probed('max', options.maxS, () => sender.closedLoop('max', payload, options.connections, { seconds: options.maxS }));
  const parse = combine(parseBefore, parseLoop(payload, options.parseS / 2));
  const [target, targetProbes] = await probed('target', options.targetS, () =>
    sender.openLoop('target', payload, options.targetRate, options.targetS, options.openLoopMaxInFlight),
  );
  const headroomRate = Math.max(1000, Math.round(max.sightingsPerSecond * options.headroomShare));
  const [headroom, headroomProbes] = await probed('headroom', options.headroomS, () =>
    sender.openLoop('headroom', payload, headroomRate, options.headroomS, options.openLoopMaxInFlight),
  );
  const profile = await phase('profile', () => sender.closedLoop('profile', payload, options.connections, { seconds: options.profileS }));
  const newTags = await phase('new-tags', () =>
    sender.closedLoop('new-tags', newTagSet, options.connections, { seconds: 300, batches: newTagSet.templates.length }),
  );
  probes.close();
  agent.destroy();
  return {
    payload: payloadDescription,
    newTagPayload: newTagDescription,
    phases: { warmUp, max, target, headroom, profile, newTags },
    probes: { max: maxProbes, target: targetProbes, headroom: headroomProbes },
    parse,
  };
}

/**
 * The same bodies (stamped as they would be sent) through JSON.parse alone, on this process's one
 * thread, for `seconds` (bounded: at most 10,000 passes over them).
 */
function parseLoop(set: PayloadSet, seconds: number): LoadResult['parse'] {
  const bodies = set.templates.slice(0, 2000).map((template, i) => ({ text: stampBody(template, i + 1, Date.now()), sightings: template.sightings }));
  let sightings = 0;
  let bytes = 0;
  let parsed = 0;
  let check = 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const endAt = started + seconds * 1000;
  for (let pass = 0; pass < 10_000 && performance.now() < endAt; pass++) {
    for (const body of bodies) {
      check += (JSON.parse(body.text) as { sightings: unknown[] }).sightings.length;
      sightings += body.sightings;
      bytes += body.text.length;
      parsed++;
    }
  }
  const elapsed = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  if (check !== sightings) throw new Error('JSON.parse loop miscounted');
  return {
    seconds: elapsed,
    cpuSeconds,
    bodies: parsed,
    sightingsPerSecond: sightings / elapsed,
    sightingsPerCpuSecond: sightings / cpuSeconds,
    megabytesPerSecond: bytes / 1e6 / elapsed,
  };
}

function combine(a: LoadResult['parse'], b: LoadResult['parse']): LoadResult['parse'] {
  const seconds = a.seconds + b.seconds;
  const cpuSeconds = a.cpuSeconds + b.cpuSeconds;
  const sightings = a.sightingsPerSecond * a.seconds + b.sightingsPerSecond * b.seconds;
  const megabytes = a.megabytesPerSecond * a.seconds + b.megabytesPerSecond * b.seconds;
  return {
    seconds,
    cpuSeconds,
    bodies: a.bodies + b.bodies,
    sightingsPerSecond: sightings / seconds,
    sightingsPerCpuSecond: sightings / cpuSeconds,
    megabytesPerSecond: megabytes / seconds,
  };
}

function describe(set: PayloadSet, windows: number, tags: number, startedAt: number): Omit<PayloadDescription, 'probeTags' | 'probeIntervalMs'> {
  return {
    windows,
    tags,
    batches: set.templates.length,
    sightings: set.sightings,
    sightingsPerWindow: set.sightings / windows,
    meanBatchSightings: set.sightings / set.templates.length,
    bytesPerSighting: set.bytes / set.sightings,
    generationSeconds: (performance.now() - startedAt) / 1000,
  };
}

childMain(runLoad);
