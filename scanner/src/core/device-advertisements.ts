/**
 * Turns BlueZ device property updates (InterfacesAdded, PropertiesChanged on org.bluez.Device1, values
 * already unwrapped from D-Bus) into tag receptions: parses ManufacturerData and ServiceData with
 * libs/beacon, keeps the frames each device last advertised (an update that carries only a new RSSI is
 * another reception of the same frames), filters to the configured tags and feeds the TagWindows.
 * Pure apart from the state it owns; never throws on what BlueZ sends.
 */
import {
  AdvertisementStats,
  isTagFrame,
  normalizeMac,
  parseManufacturerData,
  parseServiceData,
  type EddystoneTlmFrame,
  type TagFrame,
} from '../../../libs/beacon/index.js';
import type { BeaconFilter } from './beacon-filter.js';
import { MAX_RSSI, MIN_RSSI, type TagWindows } from './tag-windows.js';

/** The org.bluez.Device1 properties the agent reads, as plain values. */
export interface DeviceProperties {
  readonly address?: string;
  readonly rssi?: number;
  /** Company identifier -> the bytes after it. */
  readonly manufacturerData?: ReadonlyMap<number, Uint8Array>;
  /** Service UUID (BlueZ spells them in full, 0000feaa-0000-1000-8000-00805f9b34fb) -> data. */
  readonly serviceData?: ReadonlyMap<string, Uint8Array>;
}

/** What the decoder counted since it was created. */
export interface DecoderCounters {
  /** Updates that were a reception: they carried an RSSI, manufacturer or service data. */
  advertisements: number;
  /** Receptions of tags this gateway reports (after the filter). */
  tagReceptions: number;
  /** Tag frames of tags the filter excludes. */
  filteredOut: number;
  /** Updates BlueZ sent in a shape the agent cannot read (wrong D-Bus types, RSSI out of range, no address). */
  malformed: number;
}

interface KnownDevice {
  mac: string;
  rssi: number | undefined;
  /** Tag frames of the last manufacturer data (iBeacon, AltBeacon). */
  manufacturerFrames: readonly TagFrame[];
  /** Tag frames of the last service data carrying an identity (Eddystone-UID); a TLM update keeps them. */
  serviceFrames: readonly TagFrame[];
}

const NONE: readonly TagFrame[] = Object.freeze([]);

export class DeviceAdvertisements {
  /** Insertion order is the order of last update: the first entry is the stalest. */
  private readonly devices = new Map<string, KnownDevice>();
  readonly counters: DecoderCounters = { advertisements: 0, tagReceptions: 0, filteredOut: 0, malformed: 0 };
  /** Frames by type and unknown data by reason (libs/beacon), for the logs and the heartbeat. */
  readonly frames = new AdvertisementStats();

  constructor(
    private readonly windows: TagWindows,
    private readonly filter: BeaconFilter,
    private readonly maxDevices = 4096,
  ) {}

  get deviceCount(): number {
    return this.devices.size;
  }

  /** A device's properties changed (or it appeared) at `atMs`. `malformed` counts properties BlueZ sent that could not be read. */
  update(path: string, properties: DeviceProperties, atMs: number, malformed = 0): void {
    this.counters.malformed += malformed;
    const device = this.deviceOf(path, properties.address);
    if (device === undefined) {
      this.counters.malformed++;
      return;
    }
    const { rssi, manufacturerData, serviceData } = properties;
    if (rssi === undefined && manufacturerData === undefined && serviceData === undefined) return;
    this.counters.advertisements++;

    if (rssi !== undefined) {
      if (Number.isInteger(rssi) && rssi >= MIN_RSSI && rssi <= MAX_RSSI) device.rssi = rssi;
      else this.counters.malformed++;
    }
    if (manufacturerData !== undefined) device.manufacturerFrames = this.manufacturerFrames(manufacturerData);
    if (serviceData !== undefined) this.readServiceData(device, serviceData, atMs);

    if (device.rssi === undefined) return;
    this.receive(device, device.manufacturerFrames, atMs);
    this.receive(device, device.serviceFrames, atMs);
  }

  /**
   * A device BlueZ knew before scanning started (GetManagedObjects): remembers its address and frames so
   * that a later RSSI-only update finds its tag. Not a reception: its RSSI is from an earlier scan.
   */
  learn(path: string, properties: DeviceProperties): void {
    const device = this.deviceOf(path, properties.address);
    if (device === undefined) return;
    if (properties.manufacturerData !== undefined) device.manufacturerFrames = this.manufacturerFrames(properties.manufacturerData);
    if (properties.serviceData !== undefined) {
      const identities = this.serviceIdentities(properties.serviceData);
      if (identities !== undefined) device.serviceFrames = identities;
    }
  }

  /** The device is gone from BlueZ (InterfacesRemoved). */
  remove(path: string): void {
    this.devices.delete(path);
  }

  /** Forgets every device (the adapter went away: its device objects did too). */
  clear(): void {
    this.devices.clear();
  }

  private receive(device: KnownDevice, frames: readonly TagFrame[], atMs: number): void {
    for (const frame of frames) {
      this.windows.addSighting(frame, device.mac, device.rssi as number, atMs);
      this.counters.tagReceptions++;
    }
  }

  private deviceOf(path: string, address: string | undefined): KnownDevice | undefined {
    let device = this.devices.get(path);
    if (device !== undefined) {
      // Move to the end: the stalest device is forgotten first when the bound is reached.
      this.devices.delete(path);
      this.devices.set(path, device);
      return device;
    }
    const mac = (address === undefined ? undefined : normalizeMac(address)) ?? macFromDevicePath(path);
    if (mac === undefined) return undefined;
    device = { mac, rssi: undefined, manufacturerFrames: NONE, serviceFrames: NONE };
    this.devices.set(path, device);
    if (this.devices.size > this.maxDevices) this.devices.delete(this.devices.keys().next().value as string);
    return device;
  }

  private manufacturerFrames(data: ReadonlyMap<number, Uint8Array>): readonly TagFrame[] {
    let frames: TagFrame[] | undefined;
    for (const [companyId, bytes] of data) {
      const result = parseManufacturerData(companyId, bytes);
      this.frames.recordFrame(result);
      if (!isTagFrame(result)) continue;
      if (this.filter.accepts(result)) (frames ??= []).push(result);
      else this.counters.filteredOut++;
    }
    return frames ?? NONE;
  }

  private readServiceData(device: KnownDevice, data: ReadonlyMap<string, Uint8Array>, atMs: number): void {
    const identities = this.serviceIdentities(data, (frame) => this.windows.addTelemetry(device.mac, frame, atMs));
    // Eddystone beacons send UID and TLM under the same service UUID, alternately: a TLM-only update is
    // the same device, so its reception still counts for the tag its UID frames named.
    if (identities !== undefined) device.serviceFrames = identities;
  }

  /** The accepted tag frames of service data (undefined when it has none); TLM frames go to `onTelemetry`. */
  private serviceIdentities(data: ReadonlyMap<string, Uint8Array>, onTelemetry?: (frame: EddystoneTlmFrame) => void): TagFrame[] | undefined {
    let identities: TagFrame[] | undefined;
    for (const [uuid, bytes] of data) {
      const result = parseServiceData(uuid, bytes);
      this.frames.recordFrame(result);
      if (result.type === 'eddystone-tlm') {
        onTelemetry?.(result);
      } else if (isTagFrame(result)) {
        if (this.filter.accepts(result)) (identities ??= []).push(result);
        else this.counters.filteredOut++;
      }
    }
    return identities;
  }
}

/** `/org/bluez/hci0/dev_AC_23_3F_A0_0B_1C` -> `ac:23:3f:a0:0b:1c`; undefined for a path that names no device. */
export function macFromDevicePath(path: string): string | undefined {
  const at = path.lastIndexOf('/dev_');
  if (at < 0) return undefined;
  return normalizeMac(path.slice(at + 5).replaceAll('_', ':'));
}
