import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../../../migrations/index.js';
import type { DatabaseSettings } from '../config/app-config.js';
import { ENTITIES } from './entities.js';

/**
 * The one DataSource definition: the application, the migration CLI
 * (scripts/migrate.ts), the migration generator and the tests all build
 * their connection here. Schema changes only ever come from migrations.
 */
export function dataSourceOptions(database: DatabaseSettings): DataSourceOptions {
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
      type: 'mysql',
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
