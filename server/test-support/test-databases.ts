import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import type { DatabaseSettings } from '../src/platform/config/app-config.js';
import { dataSourceOptions } from '../src/platform/database/data-source-options.js';
import { createScratchMysqlDatabase } from '../src/platform/database/scratch-mysql.js';
import { TEST_MYSQL_URL } from './test-env.js';

export type TestDialect = 'sqlite' | 'mysql';

/** A fresh, empty database of one dialect; `drop()` removes it. */
export interface ScratchDatabase {
  dialect: TestDialect;
  settings: DatabaseSettings;
  drop(): Promise<void>;
}

/** The dialects this run covers: SQLite always, MySQL when TEST_MYSQL_URL is set. */
export function testDialects(): TestDialect[] {
  return TEST_MYSQL_URL ? ['sqlite', 'mysql'] : ['sqlite'];
}

export async function createScratchDatabase(dialect: TestDialect): Promise<ScratchDatabase> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'wardwatch-test-'));
    return {
      dialect,
      settings: { kind: 'sqlite', file: join(dir, 'test.sqlite') },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  if (!TEST_MYSQL_URL) throw new Error('MySQL tests need TEST_MYSQL_URL');
  const scratch = await createScratchMysqlDatabase(TEST_MYSQL_URL, 'test');
  return { dialect, settings: { kind: 'mysql', url: scratch.url }, drop: scratch.drop };
}

/** A migrated DataSource on a scratch database, for repository-level tests. */
export async function openMigratedDataSource(dialect: TestDialect): Promise<{ dataSource: DataSource; close(): Promise<void> }> {
  const scratch = await createScratchDatabase(dialect);
  const dataSource = new DataSource({ ...(await dataSourceOptions(scratch.settings)), logging: ['error'] });
  await dataSource.initialize();
  await dataSource.runMigrations();
  return {
    dataSource,
    close: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await scratch.drop();
    },
  };
}

/**
 * `describe` once per dialect of this run, titled with the dialect so the
 * output shows which databases each suite exercised.
 */
export function describeEachDatabase(title: string, suite: (dialect: TestDialect) => void): void {
  for (const dialect of testDialects()) {
    describe(`${title} [${dialect}]`, () => suite(dialect));
  }
}
