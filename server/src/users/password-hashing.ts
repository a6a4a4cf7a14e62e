import { randomBytes } from 'node:crypto';
import { hash, verify, type Algorithm } from '@node-rs/argon2';

/**
 * argon2id with OWASP's Password Storage Cheat Sheet parameters (m = 19 MiB,
 * t = 2, p = 1): about 20-40 ms per hash on a server core. The parameters are
 * stored in each hash, so raising them later keeps old hashes verifiable.
 */
const ARGON2ID_OPTIONS = {
  // Algorithm.Argon2id: the enum is a `const enum`, which isolatedModules cannot import.
  algorithm: 2 as Algorithm,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID_OPTIONS);
}

/** False for a wrong password and for a malformed hash alike. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Verifies against a throw-away hash: called when the username is unknown, so
 * that an unknown user costs as much time as a wrong password and response
 * times do not reveal which usernames exist.
 */
export async function spendVerificationTime(password: string): Promise<void> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  await verifyPassword(await dummyHash, password);
}
