/** Reads of multi-byte fields by shifts on the Uint8Array itself: no DataView or subarray per field. */

/** Signed 8-bit value (two's complement), e.g. a calibrated power in dBm. */
export function int8At(bytes: Uint8Array, index: number): number {
  return (bytes[index] << 24) >> 24;
}

export function uint16BigEndianAt(bytes: Uint8Array, index: number): number {
  return (bytes[index] << 8) | bytes[index + 1];
}

/** Bluetooth's own fields (company identifiers, 16-bit UUIDs in AD structures) are little-endian. */
export function uint16LittleEndianAt(bytes: Uint8Array, index: number): number {
  return bytes[index] | (bytes[index + 1] << 8);
}

export function int16BigEndianAt(bytes: Uint8Array, index: number): number {
  return (((bytes[index] << 8) | bytes[index + 1]) << 16) >> 16;
}

export function uint32BigEndianAt(bytes: Uint8Array, index: number): number {
  return ((bytes[index] << 24) | (bytes[index + 1] << 16) | (bytes[index + 2] << 8) | bytes[index + 3]) >>> 0;
}
