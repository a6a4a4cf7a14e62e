/**
 * Test vectors are written as the specifications print them, spaced bytes (`1A FF 4C 00`). These turn
 * them into input without using the library's own hex decoder, so a decoder bug cannot hide itself.
 */

/** `'1A FF 4C 00'` -> `'1AFF4C00'`. */
export function compactHex(spaced: string): string {
  return spaced.replace(/\s+/g, '');
}

/** `'1A FF 4C 00'` -> Uint8Array [0x1a, 0xff, 0x4c, 0x00]. */
export function bytesOf(spaced: string): Uint8Array {
  const hex = compactHex(spaced);
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}
