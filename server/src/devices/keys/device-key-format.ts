import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Device keys look like `wwd_` + 32 random bytes in base64url (43 characters).
 * The first characters (`wwd_` + 8) are stored in clear as the key's prefix:
 * the admin UI shows it so people can tell keys apart, and authentication
 * finds the key's row by it.
 *
 * Only the SHA-256 of a key is stored. A fast hash is right here, unlike for
 * passwords: a key is 256 random bits, so there is nothing to guess and no
 * dictionary to precompute, and a slow hash would only slow the legitimate
 * path (argon2 at ~20 ms and 19 MiB per request would cap sensor ingest at
 * roughly 50 requests per second per core).
 */
export const DEVICE_KEY_MARKER = 'wwd_';
const SECRET_BYTES = 32;
const PREFIX_LENGTH = DEVICE_KEY_MARKER.length + 8;
const KEY_FORMAT = /^wwd_[A-Za-z0-9_-]{43}$/;

export interface IssuedDeviceKey {
  /** The full key, shown to the admin once and never stored. */
  key: string;
  prefix: string;
  secretHash: string;
}

export function issueDeviceKey(): IssuedDeviceKey {
  const key = `${DEVICE_KEY_MARKER}${randomBytes(SECRET_BYTES).toString('base64url')}`;
  return { key, prefix: key.slice(0, PREFIX_LENGTH), secretHash: hashDeviceKey(key) };
}

/** The prefix and hash of a presented key, or undefined when it is not shaped like a device key at all. */
export function readDeviceKey(presented: string): { prefix: string; secretHash: string } | undefined {
  if (!KEY_FORMAT.test(presented)) return undefined;
  return { prefix: presented.slice(0, PREFIX_LENGTH), secretHash: hashDeviceKey(presented) };
}

export function hashDeviceKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Constant-time comparison of two hex SHA-256 digests. */
export function sameSecretHash(stored: string, presented: string): boolean {
  const a = Buffer.from(stored, 'hex');
  const b = Buffer.from(presented, 'hex');
  return a.length === 32 && b.length === 32 && timingSafeEqual(a, b);
}
