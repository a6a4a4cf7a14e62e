import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createConnection } from 'mysql2/promise';
import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../../../migrations/index.js';
import type { DatabaseSettings } from '../config/app-config.js';
import { ENTITIES } from './entities.js';

/**
 * The one DataSource definition: the application, the migration CLI
 * (scripts/migrate.ts), the migration generator and the tests all build
 * their connection here. Schema changes only ever come from migrations.
 */
export async function dataSourceOptions(database: DatabaseSettings): Promise<DataSourceOptions> {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    logging: ['error' as const, 'warn' as const, 'migration' as const],
  };
  if (database.kind === 'mysql') {
    return {
      ...common,
      type: await mysqlFlavor(database.url),
      url: database.url,
      charset: 'utf8mb4_unicode_ci',
      // Store and read every DATETIME as UTC, whatever the server's time zone.
      timezone: 'Z',
      poolSize: 10,
    };
  }
  if (database.file !== ':memory:') mkdirSync(dirname(database.file), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: database.file,
    enableWAL: true,
    prepareDatabase: (db: { pragma(sql: string): unknown }) => {
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
      // WAL with synchronous=NORMAL is durable against process crashes; FULL also
      // survives power loss, which matters for sensor evidence (issue: hygiene, inventory).
      db.pragma('synchronous = FULL');
    },
  };
}

/**
 * MySQL and MariaDB speak the same protocol but report column defaults
 * differently; TypeORM must know which it talks to, or it sees phantom schema
 * changes. So we ask the server rather than trusting the URL scheme.
 */
async function mysqlFlavor(url: string): Promise<'mysql' | 'mariadb'> {
  const connection = await createConnection(url);
  try {
    const [rows] = await connection.query('SELECT VERSION() AS version');
    return /mariadb/i.test((rows as Array<{ version: string }>)[0].version) ? 'mariadb' : 'mysql';
  } finally {
    await connection.end();
  }
}
