/**
 * `npm run migration:run` / `npm run migration:revert`: applies or reverts
 * migrations on the configured database (DATABASE_URL, or the embedded SQLite
 * file under DATA_DIR), through the same DataSource definition as the app.
 */
import { DataSource } from 'typeorm';
import { loadConfig } from '../server/src/platform/config/app-config.js';
import { dataSourceOptions } from '../server/src/platform/database/data-source-options.js';

async function main(): Promise<void> {
  const command = process.argv[2];
  if (command !== 'run' && command !== 'revert' && command !== 'show') {
    console.error('Usage: migrate.js run|revert|show');
    process.exit(2);
  }
  const config = loadConfig(process.env);
  const ds = new DataSource(await dataSourceOptions(config.database));
  await ds.initialize();
  try {
    if (command === 'run') {
      const applied = await ds.runMigrations();
      console.log(applied.length ? `Applied ${applied.map((m) => m.name).join(', ')}` : 'No pending migrations.');
    } else if (command === 'revert') {
      await ds.undoLastMigration();
      console.log('Reverted the last migration.');
    } else {
      console.log((await ds.showMigrations()) ? 'There are pending migrations.' : 'No pending migrations.');
    }
  } finally {
    await ds.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
