/**
 * Hex text <-> bytes without regular expressions or Buffer, for the ingest's hot path: one table lookup
 * per character, no intermediate strings.
 */

/** Nibble value of an ASCII character code, or -1 for anything that is not a hex digit. */
const NIBBLE = new Int8Array(128).fill(-1);
for (let i = 0; i < 10; i++) NIBBLE[0x30 + i] = i;
for (let i = 0; i < 6; i++) {
  NIBBLE[0x41 + i] = 10 + i;
  NIBBLE[0x61 + i] = 10 + i;
}

/** Lower-case two-digit hex of every byte value. */
const BYTE_HEX: readonly string[] = Array.from({ length: 256 }, (_, value) => value.toString(16).padStart(2, '0'));

/** The value (0-15) of the hex digit at `index`, or -1 when it is not one. */
export function nibbleAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code < 128 ? NIBBLE[code] : -1;
}

/**
 * Decodes `hex` (even length, digits of either case, nothing else) into the start of `target`, which
 * must hold `hex.length / 2` bytes. Returns false, with `target` partly written, on any other character.
 */
export function decodeHexInto(hex: string, target: Uint8Array): boolean {
  const byteLength = hex.length >>> 1;
  for (let i = 0, c = 0; i < byteLength; i++, c += 2) {
    const high = nibbleAt(hex, c);
    const low = nibbleAt(hex, c + 1);
    if ((high | low) < 0) return false;
    target[i] = (high << 4) | low;
  }
  return true;
}

/** Lower-case hex of `bytes[start, end)`. */
export function hexOf(bytes: Uint8Array, start: number, end: number): string {
  let text = '';
  for (let i = start; i < end; i++) text += BYTE_HEX[bytes[i]];
  return text;
}

/** Lower-case hex of one byte. */
export function byteHex(value: number): string {
  return BYTE_HEX[value & 0xff];
}

/** The 16 bytes at `start` as a lower-case UUID with dashes (8-4-4-4-12). */
export function uuidAt(bytes: Uint8Array, start: number): string {
  return (
    hexOf(bytes, start, start + 4) +
    '-' +
    hexOf(bytes, start + 4, start + 6) +
    '-' +
    hexOf(bytes, start + 6, start + 8) +
    '-' +
    hexOf(bytes, start + 8, start + 10) +
    '-' +
    hexOf(bytes, start + 10, start + 16)
  );
}

/** True when `text` is exactly `length` hex digits. */
export function isHexOfLength(text: string, length: number): boolean {
  if (text.length !== length) return false;
  for (let i = 0; i < length; i++) if (nibbleAt(text, i) < 0) return false;
  return true;
}

/**
 * A UUID written with dashes (8-4-4-4-12) or as 32 bare hex digits, in either case, as lower case with
 * dashes; undefined when it is neither.
 */
export function normalizeUuid(text: string): string | undefined {
  if (text.length === 32) {
    if (!isHexOfLength(text, 32)) return undefined;
    const lower = text.toLowerCase();
    return `${lower.slice(0, 8)}-${lower.slice(8, 12)}-${lower.slice(12, 16)}-${lower.slice(16, 20)}-${lower.slice(20)}`;
  }
  if (text.length !== 36) return undefined;
  for (let i = 0; i < 36; i++) {
    const isDashPosition = i === 8 || i === 13 || i === 18 || i === 23;
    if (isDashPosition ? text.charCodeAt(i) !== 0x2d : nibbleAt(text, i) < 0) return undefined;
  }
  return text.toLowerCase();
}
