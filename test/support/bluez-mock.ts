import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import dbus from 'dbus-next';
import { REQUIRE_REAL_SERVICES } from './test-env.js';

/**
 * A simulated BlueZ on a private D-Bus: Debian's `dbus-daemon` and `python3-dbusmock` with its `bluez5`
 * template (interface org.bluez.Mock: AddAdapter, AddDevice, RemoveAdapter). Advertisements are sent as
 * BlueZ sends them with DuplicateData: one PropertiesChanged per advertisement carrying RSSI and the
 * data, emitted through the mock's EmitSignal (its UpdateProperties cannot re-wrap dictionary values).
 */

export const DBUS_DAEMON = '/usr/bin/dbus-daemon';
/** Debian's own Python: the one python3-dbusmock is installed for. */
export const DEBIAN_PYTHON = '/usr/bin/python3';

/**
 * Whether the simulated BlueZ can run here. Without it the suite is skipped with a message saying so;
 * with WARDWATCH_REQUIRE_REAL_SERVICES=1 (CI) a missing piece fails the run instead.
 */
export function bluezMockAvailable(): boolean {
  const missing: string[] = [];
  if (!existsSync(DBUS_DAEMON)) missing.push(`${DBUS_DAEMON} (apt-get install dbus)`);
  if (!existsSync(DEBIAN_PYTHON) || spawnSync(DEBIAN_PYTHON, ['-c', 'import dbusmock'], { stdio: 'ignore' }).status !== 0) {
    missing.push(`python3-dbusmock for ${DEBIAN_PYTHON} (apt-get install python3-dbusmock)`);
  }
  if (missing.length === 0) return true;
  const message = `Simulated BlueZ unavailable: missing ${missing.join(' and ')}`;
  if (REQUIRE_REAL_SERVICES) throw new Error(`${message}; WARDWATCH_REQUIRE_REAL_SERVICES=1 requires it`);
  console.warn(`SKIPPED: the scanner D-Bus suites. ${message}.`);
  return false;
}

/** What one simulated advertisement carries (a missing part is not in the signal). */
export interface Advertisement {
  rssi?: number;
  /** Company id -> the bytes after it. */
  manufacturerData?: Record<number, Uint8Array>;
  /** Full service UUID -> data. */
  serviceData?: Record<string, Uint8Array>;
  /** Sent as it is, for malformed-data tests: property name -> Variant. */
  raw?: Record<string, dbus.Variant>;
}

export interface BluezMock {
  /** DBUS_SYSTEM_BUS_ADDRESS for the agent. */
  readonly address: string;
  addAdapter(name: string): Promise<string>;
  removeAdapter(name: string): Promise<void>;
  /** Adds a device under the adapter; resolves with its object path. */
  addDevice(adapter: string, mac: string): Promise<string>;
  advertise(devicePath: string, advertisement: Advertisement): Promise<void>;
  /**
   * Starts `perSecond` advertisements a second for `seconds` from inside the mock (see FLOOD_CODE), one
   * manufacturer data payload per device path; resolves at once.
   */
  flood(paths: string[], payloads: Uint8Array[], companyId: number, perSecond: number, seconds: number): Promise<void>;
  /** Stops BlueZ (the mock leaves the bus, every adapter with it) and starts it again, empty. */
  restartBluez(): Promise<void>;
  /** The mock's process id (for its CPU use). */
  readonly mockPid: number;
  /** Whether the adapter is discovering, and its discovery filter as the agent set it. */
  adapterState(name: string): Promise<{ discovering: boolean; filter: Record<string, unknown> | null }>;
  stop(): Promise<void>;
}

/**
 * org.bluez.Mock.Advertise(path, hasRssi, rssi, manufacturerData a(qay), hasManufacturerData, serviceData
 * a(say), hasServiceData, raw a{sv}): emits one PropertiesChanged as BlueZ does per advertisement. Added
 * to the mock in Python because dbus-next cannot marshal a dictionary with integer keys (a{qv}) from
 * JavaScript, and the mock's UpdateProperties cannot re-wrap dictionary values.
 */
const ADVERTISE_SIGNATURE = 'sbna(qay)ba(say)ba{sv}';
const ADVERTISE_CODE = `
path, has_rssi, rssi, mfg, has_mfg, svc, has_svc, raw = args
changed = dict(raw)
if has_rssi:
    changed['RSSI'] = dbus.Int16(rssi, variant_level=1)
if has_mfg:
    changed['ManufacturerData'] = dbus.Dictionary({dbus.UInt16(k): dbus.Array(v, signature='y', variant_level=1) for k, v in mfg}, signature='qv', variant_level=1)
if has_svc:
    changed['ServiceData'] = dbus.Dictionary({dbus.String(k): dbus.Array(v, signature='y', variant_level=1) for k, v in svc}, signature='sv', variant_level=1)
objects[path].EmitSignal('org.freedesktop.DBus.Properties', 'PropertiesChanged', 'sa{sv}as', ['org.bluez.Device1', dbus.Dictionary(changed, signature='sv'), dbus.Array([], signature='s')])
`;

/**
 * org.bluez.Mock.Flood(paths as, payloads aay (one per path), companyId q, perSecond i, seconds i): from
 * inside the mock, emits `perSecond` advertisements a second for `seconds` (by the clock, in ticks of
 * about 10 ms on the mock's GLib main loop), round robin over the devices, RSSI varying -50 … -89. For the
 * agent's CPU benchmark: the signals cross the real bus as BlueZ's would, with no D-Bus call per
 * advertisement from the test.
 */
const FLOOD_SIGNATURE = 'asaayqii';
const FLOOD_CODE = `
import time
from gi.repository import GLib
paths, payloads, company, per_second, seconds = args
state = {'sent': 0, 'start': time.monotonic()}
total = per_second * seconds
# exec() gives this code separate locals, which a nested function cannot see: pass them as defaults.
def tick(paths=paths, payloads=payloads, company=company, per_second=per_second, state=state, total=total, time=time):
    # Catch up to the rate by the clock: GLib timeouts fire late under load, a fixed count per tick would fall behind.
    due = min(total, int((time.monotonic() - state['start']) * per_second))
    while state['sent'] < due:
        i = state['sent'] % len(paths)
        changed = dbus.Dictionary({
            'RSSI': dbus.Int16(-50 - (state['sent'] % 40), variant_level=1),
            'ManufacturerData': dbus.Dictionary({dbus.UInt16(company): dbus.Array(payloads[i], signature='y', variant_level=1)}, signature='qv', variant_level=1),
        }, signature='sv')
        objects[paths[i]].EmitSignal('org.freedesktop.DBus.Properties', 'PropertiesChanged', 'sa{sv}as', ['org.bluez.Device1', changed, dbus.Array([], signature='s')])
        state['sent'] += 1
    return state['sent'] < total
GLib.timeout_add(10, tick)
`;

export const EDDYSTONE_UUID = '0000feaa-0000-1000-8000-00805f9b34fb';

export async function startBluezMock(): Promise<BluezMock> {
  const dir = mkdtempSync(join(tmpdir(), 'wardwatch-dbus-'));
  const socket = join(dir, 'system_bus_socket');
  // A minimal system-bus-like configuration: one private socket, anyone may own names and send.
  writeFileSync(
    join(dir, 'bus.conf'),
    `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN" "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>system</type>
  <listen>unix:path=${socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow user="*"/>
    <allow own="*"/>
    <allow send_type="method_call"/>
    <allow send_destination="*"/>
    <allow receive_sender="*"/>
  </policy>
</busconfig>
`,
  );
  const children: ChildProcess[] = [];
  const daemon = spawn(DBUS_DAEMON, ['--config-file', join(dir, 'bus.conf'), '--nofork', '--nopidfile', '--print-address=1'], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(daemon);
  const address = await new Promise<string>((resolve, reject) => {
    let out = '';
    daemon.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n')[0];
      if (out.includes('\n')) resolve(line.trim());
    });
    daemon.once('exit', (code) => reject(new Error(`dbus-daemon exited with ${code}`)));
  });
  // sessionBus, because dbus-next's systemBus ignores a given address; the bus is the same either way.
  const bus = dbus.sessionBus({ busAddress: address });
  const call = async (destination: string, path: string, iface: string, member: string, signature = '', body: unknown[] = []) =>
    (await bus.call(new dbus.Message({ destination, path, interface: iface, member, signature, body }))) as dbus.Message;

  /** Starts the mock and waits until it owns org.bluez, as BlueZ does when it starts. */
  const startMock = async (): Promise<ChildProcess> => {
    let mockLog = '';
    const mock = spawn(DEBIAN_PYTHON, ['-m', 'dbusmock', '--template', 'bluez5'], {
      env: { PATH: process.env.PATH, DBUS_SYSTEM_BUS_ADDRESS: address },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    mock.stdout?.on('data', (chunk: Buffer) => (mockLog += chunk.toString()));
    mock.stderr?.on('data', (chunk: Buffer) => (mockLog += chunk.toString()));
    children.push(mock);
    const deadline = Date.now() + 15_000;
    for (;;) {
      const reply = await call('org.freedesktop.DBus', '/org/freedesktop/DBus', 'org.freedesktop.DBus', 'NameHasOwner', 's', ['org.bluez']);
      if (reply.body[0] === true) break;
      if (Date.now() > deadline || mock.exitCode !== null) throw new Error(`dbusmock bluez5 did not start:\n${mockLog}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    await call('org.bluez', '/', 'org.freedesktop.DBus.Mock', 'AddMethod', 'sssss', ['org.bluez.Mock', 'Advertise', ADVERTISE_SIGNATURE, '', ADVERTISE_CODE]);
    await call('org.bluez', '/', 'org.freedesktop.DBus.Mock', 'AddMethod', 'sssss', ['org.bluez.Mock', 'Flood', FLOOD_SIGNATURE, '', FLOOD_CODE]);
    return mock;
  };
  let mock = await startMock();

  return {
    address,
    get mockPid() {
      return mock.pid as number;
    },
    async restartBluez() {
      mock.kill('SIGTERM');
      await new Promise((r) => mock.once('exit', r));
      mock = await startMock();
    },
    async flood(paths, payloads, companyId, perSecond, seconds) {
      await call('org.bluez', '/', 'org.bluez.Mock', 'Flood', FLOOD_SIGNATURE, [paths, payloads.map((p) => Buffer.from(p)), companyId, perSecond, seconds]);
    },
    async addAdapter(name) {
      return (await call('org.bluez', '/', 'org.bluez.Mock', 'AddAdapter', 'ss', [name, 'wardwatch-test'])).body[0] as string;
    },
    async removeAdapter(name) {
      await call('org.bluez', '/', 'org.bluez.Mock', 'RemoveAdapterWithDevices', 's', [name]);
    },
    async addDevice(adapter, mac) {
      return (await call('org.bluez', '/', 'org.bluez.Mock', 'AddDevice', 'sss', [adapter, mac, `tag ${mac}`])).body[0] as string;
    },
    async advertise(devicePath, advertisement) {
      const { rssi, manufacturerData, serviceData, raw } = advertisement;
      await call('org.bluez', '/', 'org.bluez.Mock', 'Advertise', ADVERTISE_SIGNATURE, [
        devicePath,
        rssi !== undefined,
        rssi ?? 0,
        Object.entries(manufacturerData ?? {}).map(([company, bytes]) => [Number(company), Buffer.from(bytes)]),
        manufacturerData !== undefined,
        Object.entries(serviceData ?? {}).map(([uuid, bytes]) => [uuid, Buffer.from(bytes)]),
        serviceData !== undefined,
        raw ?? {},
      ]);
    },
    async adapterState(name) {
      const path = `/org/bluez/${name}`;
      const props = (await call('org.bluez', path, 'org.freedesktop.DBus.Properties', 'GetAll', 's', ['org.bluez.Adapter1'])).body[0] as Record<string, dbus.Variant>;
      const filter = props['DiscoveryFilter']?.value as Record<string, dbus.Variant> | undefined;
      return {
        discovering: props['Discovering']?.value === true,
        filter: filter === undefined ? null : Object.fromEntries(Object.entries(filter).map(([key, value]) => [key, value.value])),
      };
    },
    async stop() {
      bus.disconnect();
      for (const child of children.reverse()) {
        if (child.exitCode === null && child.signalCode === null) {
          child.kill('SIGTERM');
          await new Promise((r) => child.once('exit', r));
        }
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
