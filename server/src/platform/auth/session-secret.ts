import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';

export const SESSION_SECRET_FILE = 'session-secret';
const MIN_SECRET_LENGTH = 32;

/**
 * The key that signs session tokens: SESSION_SECRET when configured; otherwise
 * a random one generated on first start and kept in `<DATA_DIR>/session-secret`
 * (owner-only permissions), so that a restart does not sign everyone out.
 * Several server instances sharing a database need the same SESSION_SECRET.
 */
export function sessionSecret(config: Pick<AppConfig, 'sessionSecret' | 'dataDir'>): string {
  if (config.sessionSecret) return config.sessionSecret;
  mkdirSync(config.dataDir, { recursive: true });
  const file = join(config.dataDir, SESSION_SECRET_FILE);
  const existing = readSecretFile(file);
  if (existing !== undefined) return existing;
  try {
    // 'wx' fails if another process created the file first; we then use theirs.
    writeFileSync(file, `${randomBytes(48).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readSecretFile(file) as string;
}

function readSecretFile(file: string): string | undefined {
  let content: string;
  try {
    content = readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  if (content.length < MIN_SECRET_LENGTH) {
    throw new Error(`${file} holds fewer than ${MIN_SECRET_LENGTH} characters; delete it to generate a new session secret`);
  }
  if (process.platform !== 'win32' && (statSync(file).mode & 0o077) !== 0) {
    new Logger('Sessions').warn({ msg: 'The session secret file is readable by other users; run chmod 600 on it', file });
  }
  return content;
}
