import dbus from 'dbus-next';
import { bluezMockAvailable, EDDYSTONE_UUID, startBluezMock, type BluezMock } from '../support/bluez-mock.js';
import { startCaptureServer, type CaptureServer } from '../support/capture-server.js';
import { startAgent, type RunningAgent } from '../support/scanner-process.js';
import { APPLE, EDDYSTONE_TLM_DATA, EDDYSTONE_UID_DATA, IBEACON_UUID, iBeaconData } from './beacon-vectors.js';

// The compiled agent (npm run build:scanner) against a simulated BlueZ on a private D-Bus, reporting to
// a capture server that controls the answers. Scenario by scenario: what the agent sends, and what it
// does when the server, the process or the adapter fail.

const FAST = {
  gatewayId: 'main-0-gw-001',
  deviceKey: 'wwd_test-key',
  windowMs: 400,
  backoffInitialMs: 100,
  backoffMaxMs: 400,
  requestTimeoutMs: 2_000,
  watchdogSilenceMs: 3_000,
  watchdogCheckMs: 200,
  heartbeatMs: 1_000,
  filters: { ibeaconUuids: [IBEACON_UUID], eddystoneNamespaces: ['8b0ca750095477cb3e77'] },
};

async function until<T>(probe: () => T | undefined | false, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const sightingsOf = (capture: CaptureServer) => capture.batches.flatMap((batch) => batch.sightings);

(bluezMockAvailable() ? describe : describe.skip)('the scanner agent on a simulated BlueZ', () => {
  let bluez: BluezMock;
  let capture: CaptureServer;
  let agent: RunningAgent | undefined;

  beforeEach(async () => {
    bluez = await startBluezMock();
    await bluez.addAdapter('hci0');
    capture = await startCaptureServer();
  });
  afterEach(async () => {
    await agent?.kill('SIGKILL');
    agent = undefined;
    await capture.stop();
    await bluez.stop();
  });

  const start = (extra: Record<string, unknown> = {}, queueDir?: string) =>
    startAgent({ busAddress: bluez.address, config: { ...FAST, serverUrl: capture.url, ...extra }, queueDir });

  it('sets LE discovery with duplicate data and reports a window of advertisements as one sighting per tag with the median RSSI', async () => {
    agent = start();
    await agent.waitForLog((line) => line.msg === 'scanning');
    expect(await bluez.adapterState('hci0')).toEqual({ discovering: true, filter: { Transport: 'le', DuplicateData: true } });

    const tag = await bluez.addDevice('hci0', 'AC:23:3F:A0:0B:1C');
    const stranger = await bluez.addDevice('hci0', 'AC:23:3F:A0:0B:99');
    for (const rssi of [-70, -60, -90]) await bluez.advertise(tag, { rssi, manufacturerData: { [APPLE]: iBeaconData(42) } });
    // A beacon of another site's UUID: filtered out, never sent.
    await bluez.advertise(stranger, { rssi: -50, manufacturerData: { [APPLE]: iBeaconData(7, '11111111222233334444555555555555') } });

    const [sighting] = await until(() => sightingsOf(capture).length > 0 && sightingsOf(capture), 'a batch');
    expect(sighting).toEqual({
      ts: expect.any(Number),
      rssi: -70,
      n: 3,
      rssiMax: -60,
      mac: 'ac:23:3f:a0:0b:1c',
      beacon: { type: 'ibeacon', uuid: IBEACON_UUID, major: 1, minor: 42, txPower: -59 },
    });
    expect(sightingsOf(capture)).toHaveLength(1);
    expect(capture.batches[0]).toMatchObject({ gatewayId: 'main-0-gw-001', seq: expect.any(Number), sentAt: expect.any(String) });
  });

  it('gives an Eddystone tag the battery and temperature of its TLM frames', async () => {
    agent = start();
    await agent.waitForLog((line) => line.msg === 'scanning');
    const tag = await bluez.addDevice('hci0', 'C0:00:00:00:00:01');
    await bluez.advertise(tag, { rssi: -65, serviceData: { [EDDYSTONE_UUID]: EDDYSTONE_UID_DATA } });
    // Eddystone interleaves TLM under the same service UUID: the same device, the same tag.
    await bluez.advertise(tag, { rssi: -67, serviceData: { [EDDYSTONE_UUID]: EDDYSTONE_TLM_DATA } });

    const sighting = await until(() => sightingsOf(capture).find((s) => s['batteryMv'] !== undefined), 'a sighting with telemetry');
    expect(sighting).toMatchObject({
      n: 2,
      mac: 'c0:00:00:00:00:01',
      batteryMv: 3000,
      temperatureC: 25.5,
      beacon: { type: 'eddystone-uid', namespace: '8b0ca750095477cb3e77', instance: '0000000004d2', txPower: -25 },
    });
  });

  it('counts malformed advertisement data and keeps scanning', async () => {
    agent = start();
    await agent.waitForLog((line) => line.msg === 'scanning');
    const tag = await bluez.addDevice('hci0', 'AC:23:3F:A0:0B:1C');
    // Truncated iBeacon bytes, manufacturer data of the wrong D-Bus type, an RSSI out of range.
    await bluez.advertise(tag, { rssi: -60, manufacturerData: { [APPLE]: Buffer.from('0215e2c56db5', 'hex') } });
    await bluez.advertise(tag, { raw: { ManufacturerData: new dbus.Variant('s', 'not bytes'), RSSI: new dbus.Variant('s', 'loud') } });
    await bluez.advertise(tag, { rssi: 127 });
    await bluez.advertise(tag, { rssi: -61, manufacturerData: { [APPLE]: iBeaconData(42) } });

    const sighting = await until(() => sightingsOf(capture)[0], 'the valid advertisement');
    expect(sighting).toMatchObject({ n: 1, rssi: -61, beacon: { minor: 42 } });
    const heartbeat = await until(() => capture.heartbeats.find((h) => (h['malformed'] as number) >= 3), 'a heartbeat counting malformed data');
    expect(heartbeat).toMatchObject({ gatewayId: 'main-0-gw-001', adapter: { name: 'hci0', state: 'scanning' } });
  });

  it('keeps every batch while the server is down and delivers them in seq order when it is back', async () => {
    agent = start();
    await agent.waitForLog((line) => line.msg === 'scanning');
    const tag = await bluez.addDevice('hci0', 'AC:23:3F:A0:0B:1C');
    await capture.down();
    for (let minor = 1; minor <= 6; minor++) {
      await bluez.advertise(tag, { rssi: -60, manufacturerData: { [APPLE]: iBeaconData(minor) } });
      await new Promise((r) => setTimeout(r, 450));
    }
    await agent.waitForLog((line) => line.msg === 'could not deliver; will retry');
    await capture.up();

    const minors = await until(() => {
      const heard = sightingsOf(capture).map((s) => (s['beacon'] as { minor: number }).minor);
      return heard.length >= 6 && heard;
    }, 'all six windows');
    expect(minors).toEqual([1, 2, 3, 4, 5, 6]);
    const seqs = capture.batches.map((batch) => batch.seq);
    expect(seqs).toEqual(seqs.map((_, i) => seqs[0] + i));
  });

  it('survives kill -9 with batches queued: the restarted agent delivers them in order and continues their seqs', async () => {
    capture.answer = 503;
    agent = start();
    await agent.waitForLog((line) => line.msg === 'scanning');
    const tag = await bluez.addDevice('hci0', 'AC:23:3F:A0:0B:1C');
    for (let minor = 1; minor <= 3; minor++) {
      await bluez.advertise(tag, { rssi: -60, manufacturerData: { [APPLE]: iBeaconData(minor) } });
      await new Promise((r) => setTimeout(r, 450));
    }
    await until(() => new Set(capture.attempts.map((b) => b.seq)).size >= 1 && capture.attempts.length >= 2, 'failed attempts');
    await new Promise((r) => setTimeout(r, 300));
    const queueDir = agent.queueDir;
    expect(await agent.kill('SIGKILL')).toBeNull();

    capture.answer = 200;
    agent = start({}, queueDir);
    await agent.waitForLog((line) => line.msg === 'scanning');
    await bluez.advertise(tag, { rssi: -60, manufacturerData: { [APPLE]: iBeaconData(4) } });

    const minors = await until(() => {
      const heard = sightingsOf(capture).map((s) => (s['beacon'] as { minor: number }).minor);
      return heard.includes(4) && heard;
    }, 'the batches from before and after the kill');
    expect(minors).toEqual([1, 2, 3, 4]);
    const seqs = capture.batches.map((batch) => batch.seq);
    expect(seqs).toEqual(seqs.map((_, i) => seqs[0] + i));
  });

  it('recovers when the adapter is removed and comes back, without restarting the process', async () => {
    agent = start();
    await agent.waitForLog((line) => line.msg === 'scanning');
    const pid = agent.pid;
    await bluez.removeAdapter('hci0');
    await agent.waitForLog((line) => line.msg === 'lost the adapter; recovering');
    await bluez.addAdapter('hci0');
    await agent.waitForLog((line) => line.msg === 'scanning' && line['reason'] !== 'start');
    expect((await bluez.adapterState('hci0')).discovering).toBe(true);

    const tag = await bluez.addDevice('hci0', 'AC:23:3F:A0:0B:1C');
    await bluez.advertise(tag, { rssi: -60, manufacturerData: { [APPLE]: iBeaconData(42) } });
    await until(() => sightingsOf(capture)[0], 'a sighting after the recovery');
    expect(agent.pid).toBe(pid);
  });

  it('recovers when BlueZ restarts (leaves the bus and comes back)', async () => {
    agent = start();
    await agent.waitForLog((line) => line.msg === 'scanning');
    await bluez.restartBluez();
    await agent.waitForLog((line) => line.msg === 'lost the adapter; recovering' && line['reason'] === 'BlueZ left the bus');
    await bluez.addAdapter('hci0');
    await agent.waitForLog((line) => line.msg === 'scanning' && line['reason'] !== 'start');
    const tag = await bluez.addDevice('hci0', 'AC:23:3F:A0:0B:1C');
    await bluez.advertise(tag, { rssi: -60, manufacturerData: { [APPLE]: iBeaconData(42) } });
    await until(() => sightingsOf(capture)[0], 'a sighting after BlueZ came back');
  });

  it('keeps running without a system bus at all: heartbeats say the adapter is missing, SIGTERM still exits 0', async () => {
    agent = startAgent({ busAddress: 'unix:path=/nonexistent/wardwatch-test-bus', config: { ...FAST, serverUrl: capture.url } });
    await agent.waitForLog((line) => line.msg === 'could not acquire the Bluetooth adapter; will retry');
    const heartbeat = await until(() => capture.heartbeats.find((h) => (h['adapter'] as { state: string }).state === 'missing'), 'a heartbeat');
    expect(heartbeat).toMatchObject({ adapter: { name: null, state: 'missing' } });
    await new Promise((r) => setTimeout(r, 1_500));
    expect(agent.logs().filter((line) => line.msg === 'uncaught exception' || line.msg === 'unhandled rejection')).toEqual([]);
    expect(await agent.kill('SIGTERM')).toBe(0);
  });

  it('restarts discovery when nothing is heard for the watchdog time', async () => {
    agent = start({ watchdogSilenceMs: 1_000 });
    await agent.waitForLog((line) => line.msg === 'scanning');
    await agent.waitForLog((line) => line.msg === 'nothing heard; restarting discovery');
    await agent.waitForLog((line) => line.msg === 'scanning' && line['reason'] === 'silence');
  });

  it('refuses a 4xx batch for good: logs the server message and moves on', async () => {
    capture.answer = 400;
    agent = start();
    await agent.waitForLog((line) => line.msg === 'scanning');
    const tag = await bluez.addDevice('hci0', 'AC:23:3F:A0:0B:1C');
    await bluez.advertise(tag, { rssi: -60, manufacturerData: { [APPLE]: iBeaconData(1) } });
    const refused = await agent.waitForLog((line) => line.msg === 'the server refused a batch; dropped');
    expect(refused).toMatchObject({ status: 400, message: 'test answer 400' });
    capture.answer = 200;
    await bluez.advertise(tag, { rssi: -60, manufacturerData: { [APPLE]: iBeaconData(2) } });
    const sighting = await until(() => sightingsOf(capture)[0], 'the next batch');
    expect(sighting).toMatchObject({ beacon: { minor: 2 } });
    expect(capture.attempts.filter((b) => b.seq === refused['seq'])).toHaveLength(1);
  });

  it('on SIGTERM puts the current window in the queue and exits 0; the next start delivers it', async () => {
    capture.answer = 503;
    agent = start({ windowMs: 60_000 });
    await agent.waitForLog((line) => line.msg === 'scanning');
    const tag = await bluez.addDevice('hci0', 'AC:23:3F:A0:0B:1C');
    await bluez.advertise(tag, { rssi: -60, manufacturerData: { [APPLE]: iBeaconData(9) } });
    await new Promise((r) => setTimeout(r, 200));
    const queueDir = agent.queueDir;
    expect(await agent.kill('SIGTERM')).toBe(0);
    expect(agent.logs().find((line) => line.msg === 'scanner agent stopped')).toMatchObject({ queued: 1 });

    capture.answer = 200;
    agent = start({}, queueDir);
    const sighting = await until(() => sightingsOf(capture)[0], 'the flushed window');
    expect(sighting).toMatchObject({ beacon: { minor: 9 } });
  });
});
