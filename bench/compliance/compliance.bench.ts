/**
 * Hand-hygiene compliance report speed and memory: a synthetic ward's badge room transitions and
 * dispenser activations written to the real tables of a scratch database (SQLite, and MariaDB/MySQL when
 * `mysqlUrl` is given), then one report per range in its own process (compliance-range.bench.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import type { DatabaseSettings } from '../../server/src/platform/config/app-config.js';
import { dataSourceOptions } from '../../server/src/platform/database/data-source-options.js';
import { createScratchMysqlDatabase } from '../../server/src/platform/database/scratch-mysql.js';
import { childMain, runChild } from '../support/child-process.js';
import type { ComplianceRangeOptions, ComplianceRangeResult } from './compliance-range.bench.js';
import { syntheticWard, type WardOptions } from './synthetic-ward.js';

export interface ComplianceBenchOptions {
  ward: WardOptions;
  /** Report ranges, in days (the last days of the seeded data). */
  ranges: number[];
  /** Also on MariaDB/MySQL (a scratch database on this server) when set. */
  mysqlUrl?: string;
  /** Ranges run on MariaDB/MySQL (the slowest left out there to keep the run short). */
  mysqlRanges?: number[];
}

export interface ComplianceDatabaseResult {
  database: 'sqlite' | 'mysql';
  seedS: number;
  ranges: ComplianceRangeResult[];
}

export interface ComplianceBenchResult {
  ward: WardOptions & { staff: number; transitions: number; activations: number };
  databases: ComplianceDatabaseResult[];
}

/** Rows per INSERT: well under SQLite's 32,766 bound parameters. */
const ROWS_PER_INSERT = 1000;

/** The DATETIME(3) text both drivers accept, in UTC as the server's connections are. */
function datetime(at: number): string {
  return new Date(at).toISOString().replace('T', ' ').slice(0, 23);
}

async function insertRows(dataSource: DataSource, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  const quote = (name: string) => dataSource.driver.escape(name);
  const placeholders = `(${columns.map(() => '?').join(', ')})`;
  await dataSource.transaction(async (manager) => {
    for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
      const chunk = rows.slice(i, i + ROWS_PER_INSERT);
      await manager.query(`INSERT INTO ${quote(table)} (${columns.map(quote).join(', ')}) VALUES ${chunk.map(() => placeholders).join(', ')}`, chunk.flat());
    }
  });
}

async function seed(settings: DatabaseSettings, ward: ReturnType<typeof syntheticWard>): Promise<void> {
  const dataSource = new DataSource({ ...(await dataSourceOptions(settings)), logging: ['error'] });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
    await insertRows(
      dataSource,
      'room_transitions',
      ['tagId', 'fromRoomId', 'toRoomId', 'floorId', 'enteredAt'],
      ward.transitions.map((t) => [t.tagId, t.fromRoomId, t.toRoomId, ward.floorId, datetime(t.enteredAt)]),
    );
    await insertRows(
      dataSource,
      'hygiene_dispenser_activations',
      ['deviceId', 'at', 'badgeId', 'batchSeq'],
      ward.activations.map((a, i) => [a.dispenserId, datetime(a.at), a.badgeId, i]),
    );
  } finally {
    await dataSource.destroy();
  }
}

async function onDatabase(
  database: ComplianceDatabaseResult['database'],
  settings: DatabaseSettings,
  options: ComplianceBenchOptions,
  ranges: number[],
  ward: ReturnType<typeof syntheticWard>,
): Promise<ComplianceDatabaseResult> {
  const seedStarted = performance.now();
  await seed(settings, ward);
  const seedS = (performance.now() - seedStarted) / 1000;
  const results: ComplianceRangeResult[] = [];
  for (const days of ranges) {
    results.push(
      await runChild<ComplianceRangeResult>({
        script: new URL('./compliance-range.bench.js', import.meta.url),
        options: { database: settings, ward: options.ward, days } satisfies ComplianceRangeOptions,
        timeoutMs: 300_000,
      }),
    );
    console.log(`[bench] compliance ${database} ${days} d: ${(results.at(-1)?.totalMs ?? 0).toFixed(0)} ms`);
  }
  return { database, seedS, ranges: results };
}

async function run(options: ComplianceBenchOptions): Promise<ComplianceBenchResult> {
  const ward = syntheticWard(options.ward);
  const databases: ComplianceDatabaseResult[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'wardwatch-compliance-bench-'));
  try {
    databases.push(await onDatabase('sqlite', { kind: 'sqlite', file: join(dir, 'bench.sqlite') }, options, options.ranges, ward));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (options.mysqlUrl) {
    const scratch = await createScratchMysqlDatabase(options.mysqlUrl, 'bench');
    try {
      databases.push(await onDatabase('mysql', { kind: 'mysql', url: scratch.url }, options, options.mysqlRanges ?? options.ranges, ward));
    } finally {
      await scratch.drop();
    }
  }
  return { ward: { ...options.ward, staff: ward.staff.length, transitions: ward.transitions.length, activations: ward.activations.length }, databases };
}

childMain(run);
