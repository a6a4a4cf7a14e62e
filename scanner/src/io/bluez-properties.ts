/**
 * Unwraps org.bluez.Device1 properties as dbus-next delivers them (each a Variant: `{ signature, value }`)
 * into plain values for core/device-advertisements.ts. Anything of an unexpected D-Bus type is counted
 * as malformed and left out, never thrown: BlueZ versions differ, and a bad value must not stop a scan.
 */
import type { DeviceProperties } from '../core/device-advertisements.js';

interface VariantLike {
  readonly signature: string;
  readonly value: unknown;
}

export interface ReadProperties {
  readonly properties: DeviceProperties;
  /** Properties present but unreadable. */
  readonly malformed: number;
}

function isVariant(value: unknown): value is VariantLike {
  return typeof value === 'object' && value !== null && typeof (value as VariantLike).signature === 'string' && 'value' in value;
}

export function readDeviceProperties(changed: unknown): ReadProperties {
  if (typeof changed !== 'object' || changed === null) return { properties: {}, malformed: 1 };
  const raw = changed as Record<string, unknown>;
  const address = readScalar(raw['Address'], 'string');
  const rssi = readScalar(raw['RSSI'], 'number');
  const manufacturer = readByteDictionary(raw['ManufacturerData'], (key) => {
    const companyId = Number(key);
    return Number.isInteger(companyId) && companyId >= 0 && companyId <= 0xffff ? companyId : undefined;
  });
  const service = readByteDictionary(raw['ServiceData'], (uuid) => uuid);
  return {
    properties: {
      ...(address.value === undefined ? {} : { address: address.value }),
      ...(rssi.value === undefined ? {} : { rssi: rssi.value }),
      ...(manufacturer.entries === undefined ? {} : { manufacturerData: manufacturer.entries }),
      ...(service.entries === undefined ? {} : { serviceData: service.entries }),
    },
    malformed: address.malformed + rssi.malformed + manufacturer.malformed + service.malformed,
  };
}

/** A string or number property; malformed 1 when present with another type. */
function readScalar<T extends 'string' | 'number'>(variant: unknown, type: T): { value: (T extends 'string' ? string : number) | undefined; malformed: number } {
  if (variant === undefined) return { value: undefined, malformed: 0 };
  if (isVariant(variant) && typeof variant.value === type) return { value: variant.value as T extends 'string' ? string : number, malformed: 0 };
  return { value: undefined, malformed: 1 };
}

/**
 * A dictionary of byte arrays (`ManufacturerData` a{qv}, `ServiceData` a{sv}): the readable entries,
 * keyed by `keyOf` (undefined: unreadable key), and how many entries or whole values could not be read.
 */
function readByteDictionary<K>(variant: unknown, keyOf: (key: string) => K | undefined): { entries: Map<K, Uint8Array> | undefined; malformed: number } {
  if (variant === undefined) return { entries: undefined, malformed: 0 };
  const raw = dictionaryOf(variant);
  if (raw === undefined) return { entries: undefined, malformed: 1 };
  const entries = new Map<K, Uint8Array>();
  let malformed = 0;
  for (const [rawKey, value] of raw) {
    const key = keyOf(rawKey);
    const bytes = bytesOf(value);
    if (key === undefined || bytes === undefined) malformed++;
    else entries.set(key, bytes);
  }
  return { entries, malformed };
}

/** The entries of an `a{qv}` / `a{sv}` variant (dbus-next gives an object keyed by the dictionary's keys). */
function dictionaryOf(variant: unknown): [string, unknown][] | undefined {
  if (!isVariant(variant) || !variant.signature.startsWith('a{')) return undefined;
  const value = variant.value;
  if (value instanceof Map) return [...value.entries()].map(([key, entry]) => [String(key), entry]);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  return Object.entries(value as Record<string, unknown>);
}

/** The bytes of a `v` holding `ay`. */
function bytesOf(variant: unknown): Uint8Array | undefined {
  if (!isVariant(variant) || variant.signature !== 'ay') return undefined;
  return variant.value instanceof Uint8Array ? variant.value : undefined;
}
