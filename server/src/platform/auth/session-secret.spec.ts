import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SESSION_SECRET_FILE, sessionSecret } from './session-secret.js';

describe('sessionSecret', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'wardwatch-secret-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('uses SESSION_SECRET when configured and writes no file', () => {
    const configured = 'c'.repeat(40);
    expect(sessionSecret({ sessionSecret: configured, dataDir })).toBe(configured);
    expect(() => statSync(join(dataDir, SESSION_SECRET_FILE))).toThrow();
  });

  it('generates a random secret once, owner-readable only, and reuses it after a restart', () => {
    const first = sessionSecret({ sessionSecret: undefined, dataDir });
    expect(first.length).toBeGreaterThanOrEqual(64);
    const file = join(dataDir, SESSION_SECRET_FILE);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(sessionSecret({ sessionSecret: undefined, dataDir })).toBe(first);
    expect(readFileSync(file, 'utf8').trim()).toBe(first);
  });

  it('creates the data folder when it does not exist yet', () => {
    expect(sessionSecret({ sessionSecret: undefined, dataDir: join(dataDir, 'nested', 'data') })).toHaveLength(64);
  });

  it('refuses a truncated secret file instead of signing with a weak key', () => {
    writeFileSync(join(dataDir, SESSION_SECRET_FILE), 'short\n', { mode: 0o600 });
    expect(() => sessionSecret({ sessionSecret: undefined, dataDir })).toThrow(/fewer than 32 characters/);
  });
});
