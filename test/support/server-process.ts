import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createScratchMysqlDatabase } from '../../server/src/platform/database/scratch-mysql.js';
import { repoRoot } from '../../server/src/platform/config/repo-root.js';

export interface RunningServer {
  baseUrl: string;
  database: 'sqlite' | 'mysql';
  pid: number;
  /** Milliseconds from spawn to the first healthy answer. */
  startMs: number;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** SIGTERM, then waits for a clean exit (SIGKILL after 30 s); resolves with the exit code. Once. */
  stop(): Promise<number | null>;
  /** SIGKILL at once, as a power cut or the OOM killer would: no shutdown hooks run. Once (or stop). */
  kill(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Where a server process keeps its data: a temporary data folder (the embedded SQLite lives there) and,
 * with `mysqlUrl`, a scratch MySQL database. Made by startServer for one process, or by the caller to
 * start several processes one after another on the same data (restart and crash tests).
 */
export interface ServerStorage {
  database: 'sqlite' | 'mysql';
  dataDir: string;
  /** The scratch database's URL (mysql only). */
  mysqlUrl?: string;
  /** The embedded database file (sqlite only). */
  sqliteFile?: string;
  dispose(): Promise<void>;
}

export async function createServerStorage(mysqlUrl?: string): Promise<ServerStorage> {
  const dataDir = mkdtempSync(join(tmpdir(), 'wardwatch-e2e-'));
  const mysql = mysqlUrl ? await createScratchMysqlDatabase(mysqlUrl, 'e2e') : undefined;
  return {
    database: mysql ? 'mysql' : 'sqlite',
    dataDir,
    mysqlUrl: mysql?.url,
    sqliteFile: mysql ? undefined : join(dataDir, 'wardwatch.sqlite'),
    dispose: async () => {
      rmSync(dataDir, { recursive: true, force: true });
      await mysql?.drop();
    },
  };
}

/** The storage's database, opened from the test (read straight from the rows, not through a server); destroy it after. */
export async function openStorageDatabase(storage: ServerStorage): Promise<DataSource> {
  const dataSource = storage.mysqlUrl
    ? new DataSource({ type: 'mysql', url: storage.mysqlUrl, timezone: 'Z' })
    : new DataSource({ type: 'better-sqlite3', database: storage.sqliteFile as string, readonly: true });
  return dataSource.initialize();
}

/**
 * Starts the compiled server (`npm run build` first) as its own process, in demo
 * mode on a temporary data folder; on MySQL (a scratch database) when `mysqlUrl`
 * is given, else on the embedded SQLite. With `storage`, on that data instead, which
 * outlives the process. Resolves when /api/health answers 200.
 */
export async function startServer(
  options: { mysqlUrl?: string; storage?: ServerStorage; env?: Record<string, string>; nodeArgs?: string[] } = {},
): Promise<RunningServer> {
  const port = await freePort();
  const storage = options.storage ?? (await createServerStorage(options.mysqlUrl));
  let log = '';
  const started = performance.now();
  const args = ['--enable-source-maps', ...(options.nodeArgs ?? []), 'dist/server/server/src/main.js'];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: repoRoot(),
    env: {
      PATH: process.env.PATH,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: storage.dataDir,
      WARDWATCH_DEMO: 'true',
      LOG_LEVEL: 'warn',
      ...(storage.mysqlUrl ? { DATABASE_URL: storage.mysqlUrl } : {}),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const cleanup = async () => {
    if (!options.storage) await storage.dispose();
  };

  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) {
      await cleanup();
      throw new Error(`Server exited with ${child.exitCode} during start-up:\n${log}`);
    }
    const healthy = await fetch(`${baseUrl}/api/health`)
      .then((r) => r.status === 200)
      .catch(() => false);
    if (healthy) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      await exited;
      await cleanup();
      throw new Error(`Server did not become healthy within 90 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }

  const startMs = performance.now() - started;
  const stop = async () => {
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    const code = await exited;
    clearTimeout(timer);
    await cleanup();
    return code;
  };
  const kill = async () => {
    child.kill('SIGKILL');
    await exited;
    await cleanup();
  };
  let stopping: Promise<unknown> | undefined;
  return {
    baseUrl,
    database: storage.database,
    pid: child.pid as number,
    startMs,
    output: () => log,
    stop: () => (stopping ??= stop()) as Promise<number | null>,
    kill: () => (stopping ??= kill()) as Promise<void>,
  };
}
