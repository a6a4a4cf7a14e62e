/**
 * The compiled server (`npm run build:server` first) as its own process on a scratch MySQL/MariaDB
 * database, in demo mode (St Mary's plans and gateways, demo users; the demo's simulated gateways
 * off), as test/support/server-process.ts
 * starts it for the end-to-end tests, plus what a benchmark needs: the process id (for /proc), extra
 * Node flags, and the inspector's address (started on a free loopback port).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { repoRoot } from '../../server/src/platform/config/repo-root.js';

export interface BenchServer {
  baseUrl: string;
  pid: number;
  /** ws:// address of the server's inspector (Chrome DevTools Protocol). */
  inspectorUrl: string;
  databaseName: string;
  /** Milliseconds from spawn to the first healthy answer. */
  startMs: number;
  output(): string;
  /** SIGTERM, waits for a clean exit (SIGKILL after 30 s), drops the database; resolves with the exit code. Once. */
  stop(): Promise<number | null>;
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

export async function startBenchServer(options: { mysqlUrl: string; nodeArgs?: string[] }): Promise<BenchServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'wardwatch-bench-'));
  const databaseName = `ww_bench_${randomBytes(4).toString('hex')}`;
  const admin = await createConnection(options.mysqlUrl);
  await admin.query(`CREATE DATABASE \`${databaseName}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  const databaseUrl = new URL(options.mysqlUrl);
  databaseUrl.pathname = `/${databaseName}`;
  const dropDatabase = async () => {
    const connection = await createConnection(options.mysqlUrl);
    await connection.query(`DROP DATABASE IF EXISTS \`${databaseName}\``);
    await connection.end();
  };

  let log = '';
  const started = performance.now();
  const child: ChildProcess = spawn(
    process.execPath,
    ['--enable-source-maps', '--inspect=127.0.0.1:0', ...(options.nodeArgs ?? []), 'dist/server/server/src/main.js'],
    {
      cwd: repoRoot(),
      env: {
        PATH: process.env.PATH,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        WARDWATCH_DEMO: 'true',
        // The demo's own simulated gateways feed the ingest in-process; the benchmark is to be the only sender.
        DEMO_SIMULATION: 'false',
        LOG_LEVEL: 'warn',
        DATABASE_URL: databaseUrl.toString(),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const cleanup = async () => {
    rmSync(dataDir, { recursive: true, force: true });
    await dropDatabase();
  };
  const baseUrl = `http://127.0.0.1:${port}`;

  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) {
      await cleanup();
      throw new Error(`The server exited with ${child.exitCode} during start-up:\n${log}`);
    }
    const healthy = await fetch(`${baseUrl}/api/health`)
      .then((response) => response.status === 200)
      .catch(() => false);
    if (healthy) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      await exited;
      await cleanup();
      throw new Error(`The server did not become healthy within 120 s:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const startMs = performance.now() - started;
  let stopping: Promise<number | null> | undefined;
  const stop = async () => {
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    const code = await exited;
    clearTimeout(timer);
    await cleanup();
    return code;
  };
  const inspectorUrl = /Debugger listening on (ws:\/\/\S+)/.exec(log)?.[1];
  if (!inspectorUrl || child.pid === undefined) {
    child.kill('SIGKILL');
    await exited;
    await cleanup();
    throw new Error(`The server's inspector address was not printed:\n${log}`);
  }

  return {
    baseUrl,
    pid: child.pid,
    inspectorUrl,
    databaseName,
    startMs,
    output: () => log,
    stop: () => (stopping ??= stop()),
  };
}
