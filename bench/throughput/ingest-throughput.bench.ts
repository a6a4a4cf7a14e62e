/**
 * End-to-end ingest throughput over HTTP with MariaDB/MySQL, and the sighting-to-position delay.
 * Starts the compiled server (demo mode: St Mary's plans, gateways and users) on a scratch database,
 * signs in as the demo admin, issues a device key per gateway through the admin API, and runs the load
 * process (load-generator.ts) against it. At each phase boundary it reads the server's and the
 * database's CPU time and memory from /proc, the location feature's counters, and the server's
 * event-loop delay; it CPU-profiles the server in the profile phase and forces full collections
 * around the new-tags phase. The last three go through the server's inspector (loopback only). Runs as a child of run-all.ts with --experimental-websocket.
 */
import { Agent } from 'node:http';
import { loadStMarysFloors } from '../../server/src/simulator/testing/st-marys.js';
import { BuildingModel } from '../../server/src/simulator/index.js';
import { startBenchServer } from '../support/bench-server.js';
import { childMain, runChild } from '../support/child-process.js';
import { summarizeProfile, type CallFrame, type CpuProfile, type ProfileSummary, type StageRule } from '../support/cpu-profile.js';
import { InspectorSession } from '../support/inspector-session.js';
import { cpuPercent, cpuPressureMicros, cpuTimes, findDatabasePid, ProcessWatch, runQueuePercent, type ProcSample } from '../support/proc-stat.js';
import { httpCall } from './http-load.js';
import type { LoadOptions, LoadResult } from './load-generator.js';

export type ThroughputOptions = Omit<LoadOptions, 'baseUrl' | 'keys' | 'adminToken'> & {
  mysqlUrl: string;
  /** Profiler sampling interval, µs. */
  profileIntervalUs: number;
};

interface LocationStats {
  engine: { tagsTracked: number; sightingsProcessed: number; lateDropped: number; unknownGateway: number; gatewayOverflowDropped: number };
  queue: { queuedPositions: number; queuedTransitions: number; positionsWritten: number; transitionsWritten: number; failedFlushes: number; lastFlush: { durationMs: number; positions: number } | null };
}

export interface ServerPhase {
  seconds: number;
  serverCpuPercent: number;
  /** Share of the phase the server's main thread was runnable but waiting for a CPU. */
  serverRunQueuePercent: number;
  /** Machine-wide: share of the phase some task waited for a CPU (PSI); null where not reported. */
  machineCpuPressurePercent: number | null;
  /** Machine-wide: share of CPU time the hypervisor gave to others (steal); null where not reported. */
  stealPercent: number | null;
  /** Sightings the engine took per second of CPU the server process used (all its threads). */
  sightingsPerServerCpuSecond: number;
  serverPeakRssMiB: number;
  databaseCpuPercent: number | null;
  engineSightingsPerSecond: number;
  /** The server's event-loop delay over the phase (perf_hooks, 10 ms resolution), ms. */
  loopDelayMs: { p50: number; p99: number; max: number } | null;
  lateDropped: number;
  tagsTracked: number;
  positionsWritten: number;
  transitionsWritten: number;
  failedFlushes: number;
}

export interface ServerMemory {
  tagsBefore: number;
  tagsAfter: number;
  heapUsedGrowthBytes: number;
  externalGrowthBytes: number;
  rssGrowthBytes: number;
  bytesPerTag: number;
  rssBytesPerTag: number;
}

export interface ThroughputResult {
  serverStartSeconds: number;
  keysIssued: number;
  keySeconds: number;
  gateways: number;
  load: LoadResult;
  server: Record<string, ServerPhase>;
  memory: ServerMemory | null;
  profile: ProfileSummary | null;
  serverExitCode: number | null;
  serverWarnings: string[];
}

const inFile = (frame: CallFrame, part: string) => frame.url.includes(part);

/**
 * The ingest path's stages, for the profile (see StageRule): the engine's, the database's and the
 * ingest's own steps wherever they sit on the stack; the rest by the nearest frame that says whose it is.
 */
const STAGES: StageRule[] = [
  { name: 'garbage collection', where: 'anywhere', matches: (f) => f.functionName === '(garbage collector)' },
  { name: 'V8 (program: compiler, runtime, unattributed)', where: 'anywhere', matches: (f) => f.functionName === '(program)' },
  { name: 'engine: tick evaluation (room scoring, x/y, confidence)', where: 'anywhere', matches: (f) => f.functionName === 'evaluate' && inFile(f, '/location/engine/') },
  { name: 'engine: taking sightings in', where: 'anywhere', matches: (f) => f.functionName === 'ingest' && inFile(f, '/location/') },
  { name: 'persistence (TypeORM, mysql2)', where: 'anywhere', matches: (f) => inFile(f, '/typeorm/') || inFile(f, '/mysql2/') },
  {
    name: 'ingest: schema validation and checks',
    where: 'anywhere',
    matches: (f) =>
      ['checkBleBatch', 'sightingCount'].includes(f.functionName) || inFile(f, '/ble-batch-validator') || inFile(f, '/ajv/') || (f.url === '' && /^validate\d*$/.test(f.functionName)),
  },
  { name: 'ingest: normalize, beacon parsing', where: 'anywhere', matches: (f) => f.functionName === 'normalizeBleBatch' || inFile(f, '/libs/beacon/') },
  { name: 'HTTP body: reading and JSON.parse', where: 'nearest', matches: (f) => inFile(f, '/body-parser/') || inFile(f, '/raw-body/') },
  { name: 'ingest: accept (seq window, counters, rest)', where: 'nearest', matches: (f) => inFile(f, '/ingest/') },
  { name: 'location: advance, drain, queue, listeners', where: 'nearest', matches: (f) => inFile(f, '/location/') || inFile(f, '/realtime/') },
  { name: 'device-key and session auth', where: 'nearest', matches: (f) => inFile(f, '/platform/auth/') || inFile(f, '/devices/keys/') },
  {
    name: 'HTTP, Express, Nest',
    where: 'nearest',
    matches: (f) => f.url.startsWith('node:') || ['/@nestjs/', '/express/', '/router/', '/rxjs/', '/helmet/', '/cookie-parser/', '/server/src/'].some((part) => inFile(f, part)),
  },
];

/** Installs (or restarts) an event-loop delay histogram in the server; read with LOOP_DELAY_READ. */
const LOOP_DELAY_START =
  "(() => { globalThis.__benchLoopDelay?.disable(); const h = require('node:perf_hooks').monitorEventLoopDelay({ resolution: 10 }); h.enable(); globalThis.__benchLoopDelay = h; return true; })()";
const LOOP_DELAY_READ = '(() => { const h = globalThis.__benchLoopDelay; return { p50: h.percentile(50) / 1e6, p99: h.percentile(99) / 1e6, max: h.max / 1e6 }; })()';

async function runThroughput(options: ThroughputOptions): Promise<ThroughputResult> {
  const server = await startBenchServer({ mysqlUrl: options.mysqlUrl });
  // Interrupted (Ctrl-C, or the runner's timeout): stop the server and drop its database before going.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void server.stop().finally(() => process.exit(130)));
  }
  try {
    return await measure(server, options);
  } finally {
    // measure() stops the server itself on success; this covers failures.
    await server.stop().catch(() => undefined);
  }
}

async function measure(server: Awaited<ReturnType<typeof startBenchServer>>, options: ThroughputOptions): Promise<ThroughputResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: 8 });
  const api = async <T>(method: 'GET' | 'POST', path: string, token?: string, body?: unknown): Promise<T> => {
    const answer = await httpCall(agent, new URL(path, server.baseUrl), method, token ? { authorization: `Bearer ${token}` } : {}, body === undefined ? undefined : JSON.stringify(body));
    if (answer.status >= 300) throw new Error(`${method} ${path} answered ${answer.status}: ${answer.body.slice(0, 300)}`);
    return JSON.parse(answer.body) as T;
  };

  const { token } = await api<{ token: string }>('POST', '/api/auth/login', undefined, { username: 'admin', password: 'wardwatch-demo' });
  const gatewayIds = BuildingModel.fromFloorPlans(loadStMarysFloors()).gateways.map((gateway) => gateway.id);
  const keys: Record<string, string> = {};
  const keysStarted = performance.now();
  for (let i = 0; i < gatewayIds.length; i += 8) {
    await Promise.all(
      gatewayIds.slice(i, i + 8).map(async (deviceId) => {
        keys[deviceId] = (await api<{ key: string }>('POST', '/api/admin/device-keys', token, { deviceId, label: 'benchmark' })).key;
      }),
    );
  }
  const keySeconds = (performance.now() - keysStarted) / 1000;

  const serverWatch = new ProcessWatch(server.pid);
  const databasePid = findDatabasePid();
  const databaseWatch = databasePid === undefined ? undefined : new ProcessWatch(databasePid, 1000);
  const stats = () => api<LocationStats>('GET', '/api/location/stats', token);
  const starts = new Map<string, { server?: ProcSample; database?: ProcSample; pressure?: number; cpu?: { total: number; steal: number }; stats: LocationStats }>();
  const phases: Record<string, ServerPhase> = {};
  let profile: ProfileSummary | null = null;
  let memoryBefore: { usage: NodeJS.MemoryUsage; tags: number } | undefined;
  let memory: ServerMemory | null = null;

  const session = await InspectorSession.connect(server.inspectorUrl);
  const fullCollection = async (): Promise<NodeJS.MemoryUsage> => {
    await session.post('HeapProfiler.collectGarbage');
    await session.post('HeapProfiler.collectGarbage');
    return session.evaluate<NodeJS.MemoryUsage>('process.memoryUsage()');
  };

  const onBarrier = async (barrier: string) => {
    const [name, edge] = barrier.split(':');
    if (name === 'profile' && edge === 'start') {
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: options.profileIntervalUs });
      await session.post('Profiler.start');
    }
    if (name === 'new-tags' && edge === 'start') {
      // Let the write queue drain and the collector settle before the first reading.
      await sleep(2000);
      memoryBefore = { usage: await fullCollection(), tags: (await stats()).engine.tagsTracked };
    }
    if (edge === 'start') {
      serverWatch.takePeakRss();
      const phaseStats = await stats();
      await session.evaluate(LOOP_DELAY_START);
      starts.set(name, { server: serverWatch.mark(), database: databaseWatch?.mark(), pressure: cpuPressureMicros(), cpu: cpuTimes(), stats: phaseStats });
      return;
    }
    const start = starts.get(name);
    const end = { server: serverWatch.mark(), database: databaseWatch?.mark(), pressure: cpuPressureMicros(), cpu: cpuTimes(), stats: await stats() };
    const loopDelayMs = await session.evaluate<{ p50: number; p99: number; max: number }>(LOOP_DELAY_READ).catch(() => null);
    if (start?.server && end.server) {
      const seconds = (end.server.at - start.server.at) / 1000;
      const processed = end.stats.engine.sightingsProcessed - start.stats.engine.sightingsProcessed;
      phases[name] = {
        seconds,
        serverCpuPercent: cpuPercent(start.server, end.server),
        serverRunQueuePercent: runQueuePercent(start.server, end.server),
        machineCpuPressurePercent: start.pressure !== undefined && end.pressure !== undefined ? (end.pressure - start.pressure) / 1e4 / seconds : null,
        stealPercent: start.cpu && end.cpu && end.cpu.total > start.cpu.total ? ((end.cpu.steal - start.cpu.steal) / (end.cpu.total - start.cpu.total)) * 100 : null,
        sightingsPerServerCpuSecond: processed / (end.server.cpuSeconds - start.server.cpuSeconds),
        serverPeakRssMiB: serverWatch.takePeakRss() / 2 ** 20,
        databaseCpuPercent: start.database && end.database ? cpuPercent(start.database, end.database) : null,
        engineSightingsPerSecond: processed / seconds,
        loopDelayMs,
        lateDropped: end.stats.engine.lateDropped - start.stats.engine.lateDropped,
        tagsTracked: end.stats.engine.tagsTracked,
        positionsWritten: end.stats.queue.positionsWritten - start.stats.queue.positionsWritten,
        transitionsWritten: end.stats.queue.transitionsWritten - start.stats.queue.transitionsWritten,
        failedFlushes: end.stats.queue.failedFlushes - start.stats.queue.failedFlushes,
      };
    }
    if (name === 'profile') {
      const { profile: raw } = await session.post<{ profile: CpuProfile }>('Profiler.stop');
      await session.post('Profiler.disable');
      profile = summarizeProfile(raw, STAGES);
    }
    if (name === 'new-tags' && memoryBefore) {
      // Every new tag placed, drained and written (MAX_ROWS_PER_FLUSH rows of each kind a second).
      await sleep(4000);
      const usage = await fullCollection();
      const tags = (await stats()).engine.tagsTracked;
      const added = tags - memoryBefore.tags;
      const heapUsedGrowthBytes = usage.heapUsed - memoryBefore.usage.heapUsed;
      const externalGrowthBytes = usage.external - memoryBefore.usage.external;
      const rssGrowthBytes = usage.rss - memoryBefore.usage.rss;
      memory = {
        tagsBefore: memoryBefore.tags,
        tagsAfter: tags,
        heapUsedGrowthBytes,
        externalGrowthBytes,
        rssGrowthBytes,
        bytesPerTag: (heapUsedGrowthBytes + externalGrowthBytes) / added,
        rssBytesPerTag: rssGrowthBytes / added,
      };
    }
  };

  const { mysqlUrl: _mysqlUrl, profileIntervalUs: _interval, ...load } = options;
  const loadOptions: LoadOptions = { ...load, baseUrl: server.baseUrl, keys, adminToken: token };
  const result = await runChild<LoadResult>({
    script: new URL('./load-generator.js', import.meta.url),
    options: loadOptions,
    // The simulator's batches: a young generation that holds a window's objects (simulator README, "Speed").
    nodeArgs: ['--max-semi-space-size=64'],
    timeoutMs: 600_000,
    onBarrier,
  });
  serverWatch.stop();
  databaseWatch?.stop();
  session.close();
  agent.destroy();
  const output = server.output();
  const serverExitCode = await server.stop();
  return {
    serverStartSeconds: server.startMs / 1000,
    keysIssued: Object.keys(keys).length,
    keySeconds,
    gateways: gatewayIds.length,
    load: result,
    server: phases,
    memory,
    profile,
    serverExitCode,
    serverWarnings: output
      .split('\n')
      .filter((line) => /warn|error/i.test(line) && !/Debugger|inspector|For help/.test(line))
      .slice(0, 10),
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

childMain(runThroughput);
