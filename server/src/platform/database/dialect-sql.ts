import type { QueryRunner } from 'typeorm';

/** The two SQL dialects Wardwatch supports. */
export type Dialect = 'mysql' | 'sqlite';

export function dialectOf(queryRunner: QueryRunner): Dialect {
  const type = queryRunner.connection.options.type;
  if (type === 'mysql' || type === 'mariadb') return 'mysql';
  if (type === 'better-sqlite3') return 'sqlite';
  throw new Error(`Unsupported database type ${type}`);
}

/**
 * Runs the statements written for the database at hand. Migrations carry the
 * SQL TypeORM generated for each dialect, so both schemas match the entities
 * exactly (the schema-in-sync test proves it).
 */
export async function runForDialect(queryRunner: QueryRunner, sql: Record<Dialect, readonly string[]>): Promise<void> {
  for (const statement of sql[dialectOf(queryRunner)]) {
    await queryRunner.query(statement);
  }
}
