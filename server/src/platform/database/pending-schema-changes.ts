import type { DataSource } from 'typeorm';

export interface SchemaDiff {
  up: string[];
  down: string[];
}

/**
 * What TypeORM would change to make the database match the entities: the same
 * computation as `migration:generate`. Empty after all migrations have run means
 * the migrations and the entities agree.
 */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<SchemaDiff> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return {
    up: log.upQueries.map((q) => withParameters(q.query, q.parameters)),
    down: log.downQueries.map((q) => withParameters(q.query, q.parameters)),
  };
}

function withParameters(query: string, parameters: unknown[] | undefined): string {
  if (parameters && parameters.length > 0) {
    throw new Error(`Generated schema SQL with bound parameters is not supported: ${query}`);
  }
  return query;
}
