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
  let malformed = 0;
  let address: string | undefined;
  let rssi: number | undefined;
  let manufacturerData: Map<number, Uint8Array> | undefined;
  let serviceData: Map<string, Uint8Array> | undefined;

  const addressVariant = raw['Address'];
  if (addressVariant !== undefined) {
    if (isVariant(addressVariant) && typeof addressVariant.value === 'string') address = addressVariant.value;
    else malformed++;
  }
  const rssiVariant = raw['RSSI'];
  if (rssiVariant !== undefined) {
    if (isVariant(rssiVariant) && typeof rssiVariant.value === 'number') rssi = rssiVariant.value;
    else malformed++;
  }
  const manufacturer = raw['ManufacturerData'];
  if (manufacturer !== undefined) {
    const entries = dictionaryOf(manufacturer);
    if (entries === undefined) malformed++;
    else {
      manufacturerData = new Map();
      for (const [key, value] of entries) {
        const companyId = Number(key);
        const bytes = bytesOf(value);
        if (!Number.isInteger(companyId) || companyId < 0 || companyId > 0xffff || bytes === undefined) malformed++;
        else manufacturerData.set(companyId, bytes);
      }
    }
  }
  const service = raw['ServiceData'];
  if (service !== undefined) {
    const entries = dictionaryOf(service);
    if (entries === undefined) malformed++;
    else {
      serviceData = new Map();
      for (const [uuid, value] of entries) {
        const bytes = bytesOf(value);
        if (bytes === undefined) malformed++;
        else serviceData.set(uuid, bytes);
      }
    }
  }
  return {
    properties: {
      ...(address === undefined ? {} : { address }),
      ...(rssi === undefined ? {} : { rssi }),
      ...(manufacturerData === undefined ? {} : { manufacturerData }),
      ...(serviceData === undefined ? {} : { serviceData }),
    },
    malformed,
  };
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
