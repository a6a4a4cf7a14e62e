/** What the benchmarks ran on, for the report: numbers mean little without the machine and its load. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type as osType } from 'node:os';
import { createConnection } from 'mysql2/promise';

export interface MachineDescription {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  node: string;
  os: string;
  database: string;
  date: string;
  loadAverageAtStart: [number, number, number];
}

export async function describeMachine(mysqlUrl: string): Promise<MachineDescription> {
  const [one, five, fifteen] = loadavg();
  return {
    cpuModel: cpuModel(),
    cores: cpus().length,
    memoryGiB: totalmem() / 2 ** 30,
    node: process.version,
    os: `${osRelease()} (${osType()} ${release()})`,
    database: await databaseVersion(mysqlUrl),
    date: new Date().toISOString(),
    loadAverageAtStart: [one, five, fifteen],
  };
}

function cpuModel(): string {
  try {
    const info = readFileSync('/proc/cpuinfo', 'utf8');
    const model = /^model name\s*:\s*(.+)$/m.exec(info)?.[1]?.trim();
    const mhz = /^cpu MHz\s*:\s*(.+)$/m.exec(info)?.[1]?.trim();
    if (model) return mhz ? `${model} (${Math.round(Number(mhz))} MHz)` : model;
  } catch {
    // not Linux: fall back to what Node says
  }
  return cpus()[0]?.model ?? 'unknown';
}

function osRelease(): string {
  try {
    return /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? osType();
  } catch {
    return osType();
  }
}

async function databaseVersion(mysqlUrl: string): Promise<string> {
  try {
    const connection = await createConnection(mysqlUrl);
    const [rows] = await connection.query('SELECT VERSION() AS version');
    await connection.end();
    return String((rows as Array<{ version: string }>)[0].version);
  } catch (error) {
    return `unreachable (${error instanceof Error ? error.message : String(error)})`;
  }
}

/** Kernel clock ticks per second, the unit of /proc/<pid>/stat CPU times. */
export function clockTicksPerSecond(): number {
  try {
    const ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    if (ticks > 0) return ticks;
  } catch {
    // getconf missing: Linux has used 100 on every common platform
  }
  return 100;
}
