import type { MigrationInterface } from 'typeorm';

/**
 * Every migration, oldest first. `npm run migration:generate -- <Name>` adds
 * a line here; the app, the migration CLI and the tests read this list.
 */
export const MIGRATIONS: Array<new () => MigrationInterface> = [
];
