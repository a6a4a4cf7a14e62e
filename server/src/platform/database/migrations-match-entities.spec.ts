import { MIGRATIONS } from '../../../../migrations/index.js';
import { describeEachDatabase, openMigratedDataSource } from '../../../test-support/test-databases.js';
import { pendingSchemaChanges } from './pending-schema-changes.js';

// `npm run migration:generate` after a fresh `migration:run` must find nothing:
// this is the same schema comparison, on every database of the run.
describeEachDatabase('migrations', (dialect) => {
  it('bring a fresh database exactly to the entities: generate would find no changes', async () => {
    const { dataSource, close } = await openMigratedDataSource(dialect);
    try {
      const applied = await dataSource.query('SELECT COUNT(*) AS n FROM schema_migrations');
      expect(Number(applied[0].n)).toBe(MIGRATIONS.length);
      expect(await pendingSchemaChanges(dataSource)).toEqual({ up: [], down: [] });
    } finally {
      await close();
    }
  });

  it('revert one by one down to an empty schema, and re-apply cleanly', async () => {
    const { dataSource, close } = await openMigratedDataSource(dialect);
    try {
      for (let i = 0; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration();
      expect(Number((await dataSource.query('SELECT COUNT(*) AS n FROM schema_migrations'))[0].n)).toBe(0);
      await dataSource.runMigrations();
      expect(await pendingSchemaChanges(dataSource)).toEqual({ up: [], down: [] });
    } finally {
      await close();
    }
  });
});
