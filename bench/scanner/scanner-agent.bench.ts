/**
 * CPU and memory of the scanner agent at a given advertisement rate (the issue asks for 2,000/s). The
 * compiled agent runs as its own process against a simulated BlueZ (dbus-daemon + python3-dbusmock's
 * bluez5 template, test/support/bluez-mock.ts); the mock emits the advertisements itself (its Flood
 * method: PropertiesChanged signals with RSSI and iBeacon manufacturer data, round robin over `tags`
 * devices), so they cross the real bus and reach the agent's D-Bus signal handler as BlueZ's would. The
 * agent reports to a capture server over HTTP. /proc/<pid>/stat gives the agent's CPU time and RSS; the
 * rate it actually processed comes from its own heartbeats and from the `n` of the sightings it sent.
 */
import { bluezMockAvailable, startBluezMock } from '../../test/support/bluez-mock.js';
import { startCaptureServer } from '../../test/support/capture-server.js';
import { startAgent } from '../../test/support/scanner-process.js';
import { childMain } from '../support/child-process.js';
import { cpuPercent, readProcStat, type ProcSample } from '../support/proc-stat.js';

export interface ScannerAgentBenchOptions {
  /** Advertisements per second the mock emits. */
  rate: number;
  /** Beacon devices the advertisements come from. */
  tags: number;
  warmUpS: number;
  measureS: number;
  windowMs: number;
}

export type ScannerAgentBenchResult =
  | { skipped: string }
  | {
      options: ScannerAgentBenchOptions;
      /** Advertisements per second the agent heard during the measurement, by its heartbeats. */
      heardPerSecond: number;
      /** Tag receptions per second in the batches it sent during the measurement (sum of `n`). */
      reportedPerSecond: number;
      agentCpuPercent: number;
      agentRssMiB: number;
      agentRssMaxMiB: number;
      /** The mock's own CPU: the cost of producing the signals, not the agent's. */
      mockCpuPercent: number;
      batches: number;
      sightingsPerBatch: number;
      queueDepthMax: number;
    };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function run(options: ScannerAgentBenchOptions): Promise<ScannerAgentBenchResult> {
  if (!bluezMockAvailable()) return { skipped: 'dbus-daemon or python3-dbusmock (Debian /usr/bin/python3) missing' };
  const bluez = await startBluezMock();
  const capture = await startCaptureServer();
  const uuid = 'e2c56db5dffb48d2b060d0f5a71096e0';
  try {
    await bluez.addAdapter('hci0');
    const paths: string[] = [];
    const payloads: Uint8Array[] = [];
    for (let i = 0; i < options.tags; i++) {
      const mac = `AC:23:3F:00:${((i >> 8) & 0xff).toString(16).padStart(2, '0')}:${(i & 0xff).toString(16).padStart(2, '0')}`.toUpperCase();
      paths.push(await bluez.addDevice('hci0', mac));
      payloads.push(Buffer.from(`0215${uuid}0001${i.toString(16).padStart(4, '0')}c5`, 'hex'));
    }
    const agent = startAgent({
      busAddress: bluez.address,
      config: {
        gatewayId: 'bench-gw',
        deviceKey: 'wwd_bench',
        serverUrl: capture.url,
        windowMs: options.windowMs,
        heartbeatMs: 1_000,
        logLevel: 'info',
        filters: { ibeaconUuids: [uuid] },
      },
    });
    try {
      await agent.waitForLog((line) => line.msg === 'scanning');
      await bluez.flood(paths, payloads, 0x004c, options.rate, options.warmUpS + options.measureS + 5);
      await sleep(options.warmUpS * 1000);

      const heartbeatsBefore = capture.heartbeats.length;
      const batchesBefore = capture.batches.length;
      const agentStart = readProcStat(agent.pid) as ProcSample;
      const mockStart = readProcStat(bluez.mockPid) as ProcSample;
      let rssMax = agentStart.rssBytes;
      for (let s = 0; s < options.measureS; s++) {
        await sleep(1000);
        rssMax = Math.max(rssMax, readProcStat(agent.pid)?.rssBytes ?? 0);
      }
      const agentEnd = readProcStat(agent.pid) as ProcSample;
      const mockEnd = readProcStat(bluez.mockPid) as ProcSample;

      const heartbeats = capture.heartbeats.slice(heartbeatsBefore);
      const rates = heartbeats.map((h) => h['advertisementsPerSecond'] as number).filter((rate) => rate > 0);
      const batches = capture.batches.slice(batchesBefore);
      const receptions = batches.reduce((sum, batch) => sum + batch.sightings.reduce((n, s) => n + (s['n'] as number), 0), 0);
      const sightings = batches.reduce((sum, batch) => sum + batch.sightings.length, 0);
      return {
        options,
        heardPerSecond: rates.length === 0 ? 0 : rates.reduce((a, b) => a + b, 0) / rates.length,
        reportedPerSecond: receptions / options.measureS,
        agentCpuPercent: cpuPercent(agentStart, agentEnd),
        agentRssMiB: agentEnd.rssBytes / 1024 / 1024,
        agentRssMaxMiB: rssMax / 1024 / 1024,
        mockCpuPercent: cpuPercent(mockStart, mockEnd),
        batches: batches.length,
        sightingsPerBatch: batches.length === 0 ? 0 : sightings / batches.length,
        queueDepthMax: Math.max(0, ...heartbeats.map((h) => (h['queue'] as { depth: number }).depth)),
      };
    } finally {
      await agent.kill('SIGTERM');
    }
  } finally {
    await capture.stop();
    await bluez.stop();
  }
}

childMain(run);
