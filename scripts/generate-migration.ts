/**
 * `npm run migration:generate -- <Name>`: computes the schema changes the
 * entities need on BOTH supported databases (a scratch SQLite file and a scratch
 * MySQL/MariaDB database, each brought up to date with the existing migrations)
 * and writes one migration carrying the SQL for each dialect.
 * The MySQL server comes from MIGRATION_MYSQL_URL, TEST_MYSQL_URL or DATABASE_URL
 * (default mysql://root@127.0.0.1:3306/test); a scratch database is created and dropped.
 */
import { writeFileSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../server/src/platform/database/data-source-options.js';
import { pendingSchemaChanges, type SchemaDiff } from '../server/src/platform/database/pending-schema-changes.js';
import { repoRoot } from '../server/src/platform/config/repo-root.js';
import { withScratchMysqlDatabase } from '../server/src/platform/database/scratch-mysql.js';
import type { Dialect } from '../server/src/platform/database/dialect-sql.js';

async function diffOnSqlite(): Promise<SchemaDiff> {
  const dir = mkdtempSync(join(tmpdir(), 'wardwatch-migrate-'));
  const ds = new DataSource({ ...(await dataSourceOptions({ kind: 'sqlite', file: join(dir, 'scratch.sqlite') })), logging: false });
  try {
    await ds.initialize();
    await ds.runMigrations();
    return await pendingSchemaChanges(ds);
  } finally {
    if (ds.isInitialized) await ds.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function diffOnMysql(serverUrl: string): Promise<SchemaDiff> {
  return withScratchMysqlDatabase(serverUrl, 'migrate', async (url) => {
    const ds = new DataSource({ ...(await dataSourceOptions({ kind: 'mysql', url })), logging: false });
    try {
      await ds.initialize();
      await ds.runMigrations();
      return await pendingSchemaChanges(ds);
    } finally {
      if (ds.isInitialized) await ds.destroy();
    }
  });
}

/**
 * TypeORM lists each undo statement in the order of the change it undoes; they
 * must run last-change-first (as TypeORM's own generator does), or `down` would
 * drop a table before dropping its indexes.
 */
function undoOrder(statements: string[]): string[] {
  return [...statements].reverse();
}

function render(className: string, diffs: Record<Dialect, SchemaDiff>): string {
  const list = (statements: string[]) =>
    statements.length === 0 ? '[]' : `[\n${statements.map((s) => `      ${JSON.stringify(s)},`).join('\n')}\n    ]`;
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';
import { runForDialect } from '../server/src/platform/database/dialect-sql.js';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runForDialect(queryRunner, {
    mysql: ${list(diffs.mysql.up)},
    sqlite: ${list(diffs.sqlite.up)},
    });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runForDialect(queryRunner, {
    mysql: ${list(undoOrder(diffs.mysql.down))},
    sqlite: ${list(undoOrder(diffs.sqlite.down))},
    });
  }
}
`;
}

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    console.error('Usage: npm run migration:generate -- <PascalCaseName>   e.g. CreateUsers');
    process.exit(2);
  }
  const mysqlUrl =
    process.env.MIGRATION_MYSQL_URL ?? process.env.TEST_MYSQL_URL ?? process.env.DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/test';
  const diffs = { sqlite: await diffOnSqlite(), mysql: await diffOnMysql(mysqlUrl) };
  if (diffs.sqlite.up.length === 0 && diffs.mysql.up.length === 0) {
    console.log('No changes in database schema were found (checked SQLite and MySQL).');
    return;
  }
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  const root = repoRoot();
  const file = `${timestamp}-${name}`;
  writeFileSync(join(root, 'migrations', `${file}.ts`), render(className, diffs));
  const indexPath = join(root, 'migrations', 'index.ts');
  const index = readFileSync(indexPath, 'utf8')
    .replace(/^(import type .*\n)/m, `$1import { ${className} } from './${file}.js';\n`)
    .replace(/\n\];/, `\n  ${className},\n];`);
  writeFileSync(indexPath, index);
  console.log(`Wrote migrations/${file}.ts (${diffs.mysql.up.length} MySQL and ${diffs.sqlite.up.length} SQLite statements).`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
