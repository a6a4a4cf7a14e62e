import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../../server/src/platform/config/repo-root.js';

/** One JSON log line of the agent. */
export interface AgentLogLine {
  level: string;
  msg: string;
  [key: string]: unknown;
}

export interface RunningAgent {
  readonly pid: number;
  readonly queueDir: string;
  logs(): AgentLogLine[];
  output(): string;
  /** Resolves with the first log line matching, or rejects after `timeoutMs`. */
  waitForLog(predicate: (line: AgentLogLine) => boolean, timeoutMs?: number): Promise<AgentLogLine>;
  /** Sends the signal and resolves with the exit code (null when killed by a signal). */
  kill(signal: NodeJS.Signals): Promise<number | null>;
}

/**
 * Runs the compiled agent (`npm run build:scanner` first) as its own process with `config` as its JSON
 * file, against the D-Bus at `busAddress`. The queue lives in `queueDir` (a new temporary folder unless
 * given, so a restart can reuse it).
 */
export function startAgent(options: { busAddress: string; config: Record<string, unknown>; queueDir?: string; env?: Record<string, string> }): RunningAgent {
  const queueDir = options.queueDir ?? mkdtempSync(join(tmpdir(), 'wardwatch-queue-'));
  const configDir = mkdtempSync(join(tmpdir(), 'wardwatch-scanner-config-'));
  const configFile = join(configDir, 'config.json');
  writeFileSync(configFile, JSON.stringify({ queueDir, logLevel: 'debug', ...options.config }));
  let out = '';
  const child: ChildProcess = spawn(process.execPath, ['--enable-source-maps', 'dist/scanner/scanner/src/main.js'], {
    cwd: repoRoot(),
    env: { PATH: process.env.PATH, DBUS_SYSTEM_BUS_ADDRESS: options.busAddress, WARDWATCH_SCANNER_CONFIG: configFile, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  void exited.then(() => rmSync(configDir, { recursive: true, force: true }));
  const logs = () =>
    out
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as AgentLogLine);
  return {
    pid: child.pid as number,
    queueDir,
    logs,
    output: () => out,
    async waitForLog(predicate, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = logs().find(predicate);
        if (found) return found;
        if (child.exitCode !== null) throw new Error(`The agent exited with ${child.exitCode}:\n${out}`);
        if (Date.now() > deadline) throw new Error(`No such log line within ${timeoutMs} ms:\n${out}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async kill(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
