/**
 * BlueZ over the system D-Bus. node-ble picks the adapter, reads its state and starts discovery; its
 * device API polls and cannot ask for one update per advertisement, so a second connection (dbus-next,
 * node-ble's own D-Bus library) sets the discovery filter `{ Transport: 'le', DuplicateData: true }`
 * (BlueZ then emits ManufacturerData / ServiceData on every advertisement, not only on change) and
 * receives BlueZ's InterfacesAdded / PropertiesChanged signals directly. Match rules name BlueZ as the
 * sender, so no other process on the bus can inject advertisements.
 *
 * The D-Bus policy the service needs: scanner/deploy/wardwatch-scanner.conf (docs/scanner.md).
 */
import dbus from 'dbus-next';
import nodeBle from 'node-ble';
import { errorText, type Logger } from './json-logger.js';
import { withTimeout } from './timeouts.js';

const BLUEZ = 'org.bluez';
const ADAPTER_IFACE = 'org.bluez.Adapter1';
const DEVICE_IFACE = 'org.bluez.Device1';
const PROPERTIES_IFACE = 'org.freedesktop.DBus.Properties';
const OBJECT_MANAGER_IFACE = 'org.freedesktop.DBus.ObjectManager';

/** What the scanning edge reports. Handlers must not throw (the agent's never do); a throw is caught and logged. */
export interface ScanEvents {
  /** A device appeared or its properties changed: the raw dbus-next variants of org.bluez.Device1. */
  deviceUpdate(path: string, changed: Record<string, unknown>): void;
  /** A device BlueZ already knew when scanning started: learn its frames, it is no reception. */
  deviceKnown(path: string, properties: Record<string, unknown>): void;
  deviceRemoved(path: string): void;
  /** The adapter was removed, BlueZ left the bus, or the bus connection was lost. */
  adapterLost(reason: string): void;
  adapterPowered(powered: boolean): void;
}

/** The part of the agent's scanning edge the agent drives; tests and the benchmark may supply their own. */
export interface Scanner {
  /** Acquires the adapter, powers it, starts LE discovery with duplicate data; resolves with the adapter's name. */
  start(): Promise<string>;
  /** Stops discovery (best effort) and closes the D-Bus connections. Never throws. */
  stop(): Promise<void>;
}

export class BluezScanner implements Scanner {
  private bus: dbus.MessageBus | undefined;
  private destroyNodeBle: (() => void) | undefined;
  private adapterPath: string | undefined;
  private stopping = false;
  /** While start() runs: fails it at once (a bus that cannot connect, or stop()) instead of letting its D-Bus calls hang. */
  private abortStart: ((error: Error) => void) | undefined;

  constructor(
    private readonly wantedAdapter: string | undefined,
    private readonly events: ScanEvents,
    private readonly log: Logger,
  ) {}

  async start(): Promise<string> {
    this.stopping = false;
    const aborted = new Promise<never>((_, reject) => (this.abortStart = reject));
    try {
      return await Promise.race([this.acquire(), aborted]);
    } finally {
      this.abortStart = undefined;
    }
  }

  private async acquire(): Promise<string> {
    const { bluetooth, destroy } = nodeBle.createBluetooth();
    this.destroyNodeBle = destroy;
    // node-ble's connection has no 'error' listener of its own: without one, a dropped bus would throw
    // from an EventEmitter and end the process. Its Bluetooth object keeps the connection as `dbus`.
    (bluetooth as unknown as { dbus: NodeJS.EventEmitter }).dbus.on('error', (error: unknown) => this.lost(`D-Bus connection error: ${errorText(error)}`));
    const names = await bluetooth.adapters();
    const name = this.wantedAdapter ?? names[0];
    if (name === undefined) throw new Error('BlueZ lists no Bluetooth adapter');
    const adapter = await bluetooth.getAdapter(name);
    const path = `/org/bluez/${name}`;
    this.adapterPath = path;

    const bus = dbus.systemBus();
    this.bus = bus;
    bus.on('error', (error: unknown) => this.lost(`D-Bus connection error: ${errorText(error)}`));
    bus.on('message', (message: dbus.Message) => this.onMessage(message, path));
    for (const rule of [
      `type='signal',sender='${BLUEZ}',interface='${OBJECT_MANAGER_IFACE}',path='/'`,
      `type='signal',sender='${BLUEZ}',interface='${PROPERTIES_IFACE}',member='PropertiesChanged',path_namespace='${path}'`,
      `type='signal',sender='org.freedesktop.DBus',interface='org.freedesktop.DBus',member='NameOwnerChanged',arg0='${BLUEZ}'`,
    ]) {
      await call(bus, { destination: 'org.freedesktop.DBus', path: '/org/freedesktop/DBus', interface: 'org.freedesktop.DBus', member: 'AddMatch', signature: 's', body: [rule] });
    }

    if (!(await adapter.isPowered())) {
      this.log.info('powering the adapter on', { adapter: name });
      await call(bus, {
        destination: BLUEZ,
        path,
        interface: PROPERTIES_IFACE,
        member: 'Set',
        signature: 'ssv',
        body: [ADAPTER_IFACE, 'Powered', new dbus.Variant('b', true)],
      });
    }
    // node-ble refuses to start a discovery that runs already (another client's, or ours before a recovery).
    if (!(await adapter.isDiscovering())) await adapter.startDiscovery();
    // After node-ble's start, which sets { Transport: 'le' } only: BlueZ applies a changed filter to the
    // running discovery. DuplicateData makes every advertisement a PropertiesChanged signal.
    await call(bus, {
      destination: BLUEZ,
      path,
      interface: ADAPTER_IFACE,
      member: 'SetDiscoveryFilter',
      signature: 'a{sv}',
      body: [{ Transport: new dbus.Variant('s', 'le'), DuplicateData: new dbus.Variant('b', true) }],
    });
    await this.learnKnownDevices(bus, path);
    return name;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.abortStart?.(new Error('stopped while acquiring the adapter'));
    const bus = this.bus;
    const path = this.adapterPath;
    this.bus = undefined;
    if (bus !== undefined && path !== undefined) {
      await withTimeout(call(bus, { destination: BLUEZ, path, interface: ADAPTER_IFACE, member: 'StopDiscovery' }), 2_000).catch(() => undefined);
    }
    try {
      bus?.removeAllListeners('message');
      bus?.disconnect();
    } catch (error) {
      this.log.debug('closing the D-Bus connection failed', { error: errorText(error) });
    }
    try {
      this.destroyNodeBle?.();
    } catch (error) {
      this.log.debug('closing node-ble failed', { error: errorText(error) });
    }
    this.destroyNodeBle = undefined;
  }

  /** Devices BlueZ knows from before (it announces them no more): their frames, so an RSSI-only update finds its tag. */
  private async learnKnownDevices(bus: dbus.MessageBus, adapterPath: string): Promise<void> {
    const reply = await call(bus, { destination: BLUEZ, path: '/', interface: OBJECT_MANAGER_IFACE, member: 'GetManagedObjects' });
    const objects = (reply?.body[0] ?? {}) as Record<string, Record<string, Record<string, unknown>>>;
    for (const [path, interfaces] of Object.entries(objects)) {
      const device = interfaces[DEVICE_IFACE];
      if (device !== undefined && path.startsWith(`${adapterPath}/`)) this.events.deviceKnown(path, device);
    }
  }

  private onMessage(message: dbus.Message, adapterPath: string): void {
    if (message.type !== dbus.MessageType.SIGNAL) return;
    try {
      const { path, member } = message;
      const iface = message.interface;
      if (iface === PROPERTIES_IFACE && member === 'PropertiesChanged') {
        const [changedIface, changed] = message.body as [string, Record<string, unknown>];
        if (changedIface === DEVICE_IFACE && path.startsWith(`${adapterPath}/`)) this.events.deviceUpdate(path, changed);
        else if (changedIface === ADAPTER_IFACE && path === adapterPath) {
          const powered = (changed['Powered'] as { value?: unknown } | undefined)?.value;
          if (typeof powered === 'boolean') this.events.adapterPowered(powered);
        }
      } else if (iface === OBJECT_MANAGER_IFACE && member === 'InterfacesAdded') {
        const [objectPath, interfaces] = message.body as [string, Record<string, Record<string, unknown>>];
        const device = interfaces[DEVICE_IFACE];
        if (device !== undefined && objectPath.startsWith(`${adapterPath}/`)) this.events.deviceUpdate(objectPath, device);
      } else if (iface === OBJECT_MANAGER_IFACE && member === 'InterfacesRemoved') {
        const [objectPath, interfaces] = message.body as [string, string[]];
        if (objectPath === adapterPath && interfaces.includes(ADAPTER_IFACE)) this.lost('the adapter was removed');
        else if (interfaces.includes(DEVICE_IFACE) && objectPath.startsWith(`${adapterPath}/`)) this.events.deviceRemoved(objectPath);
      } else if (member === 'NameOwnerChanged' && message.body[0] === BLUEZ && message.body[2] === '') {
        this.lost('BlueZ left the bus');
      }
    } catch (error) {
      this.log.debug('ignored a D-Bus signal the agent could not read', { member: message.member, error: errorText(error) });
    }
  }

  private lost(reason: string): void {
    if (this.stopping) return;
    if (this.abortStart !== undefined) this.abortStart(new Error(reason));
    else this.events.adapterLost(reason);
  }
}

async function call(
  bus: dbus.MessageBus,
  message: { destination: string; path: string; interface: string; member: string; signature?: string; body?: unknown[] },
): Promise<dbus.Message | null> {
  return bus.call(new dbus.Message(message));
}
