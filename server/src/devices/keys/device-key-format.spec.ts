import { hashDeviceKey, issueDeviceKey, readDeviceKey, sameSecretHash } from './device-key-format.js';

describe('device key format', () => {
  it('issues wwd_ + 32 random bytes in base64url, with a 12-character prefix and the SHA-256 of the key', () => {
    const issued = issueDeviceKey();
    expect(issued.key).toMatch(/^wwd_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(issued.key.slice(4), 'base64url')).toHaveLength(32);
    expect(issued.prefix).toBe(issued.key.slice(0, 12));
    expect(issued.secretHash).toMatch(/^[0-9a-f]{64}$/);
    expect(issued.secretHash).toBe(hashDeviceKey(issued.key));
  });

  it('never issues the same key twice', () => {
    const keys = new Set(Array.from({ length: 1000 }, () => issueDeviceKey().key));
    expect(keys.size).toBe(1000);
  });

  it('reads back the prefix and hash of a well-formed key, and nothing from anything else', () => {
    const issued = issueDeviceKey();
    expect(readDeviceKey(issued.key)).toEqual({ prefix: issued.prefix, secretHash: issued.secretHash });
    for (const bad of ['', 'wwd_', issued.key.slice(0, -1), `${issued.key}A`, issued.key.replace('wwd_', 'wwx_'), `${issued.key.slice(0, -1)}+`]) {
      expect(readDeviceKey(bad)).toBeUndefined();
    }
  });

  it('matches a presented key only against its own hash', () => {
    const one = issueDeviceKey();
    const other = issueDeviceKey();
    expect(sameSecretHash(one.secretHash, readDeviceKey(one.key)!.secretHash)).toBe(true);
    expect(sameSecretHash(one.secretHash, readDeviceKey(other.key)!.secretHash)).toBe(false);
    expect(sameSecretHash(one.secretHash, 'abc')).toBe(false);
  });
});
