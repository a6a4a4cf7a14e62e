/**
 * `npm run floorplan:import -- <path>…`: imports floor plans into the configured database
 * (DATABASE_URL, or the embedded SQLite file under DATA_DIR: the app's own configuration).
 * A path is a `.geojson` file or a folder of them; each drawing is found through
 * `wardwatch.floor.plan.image`, beside its GeoJSON. All files are imported in one
 * transaction. Prints one line per floor, or one line per issue
 * (`<file>: <feature> <field>: <message>`), and exits non-zero on any error.
 */
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '../../platform/config/app-config.js';
import { ConfigError } from '../../platform/config/config.schema.js';
import { DomainError } from '../../platform/http/domain-error.js';
import { FloorPlanConflictError, FloorPlanInvalidError } from '../import/floorplan-import-errors.js';
import { FloorplanImportService } from '../import/floorplan-import.service.js';
import { FloorplanCliModule } from './floorplan-cli.module.js';
import { formatIssueLines, formatResultLines } from './import-report.js';

const EX_USAGE = 64;
const EX_DATAERR = 65;
const EX_CONFIG = 78;

/** Who the audit trail names for imports made from the command line. */
const CLI_ACTOR = { label: 'cli:floorplan-import', ip: null };

async function main(paths: string[]): Promise<number> {
  if (paths.length === 0) {
    console.error('Usage: npm run floorplan:import -- <file.geojson | folder>…');
    return EX_USAGE;
  }
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    return EX_CONFIG;
  }
  const app = await NestFactory.createApplicationContext(FloorplanCliModule.forRoot(config), { logger: ['error', 'warn'] });
  try {
    const results = await app.get(FloorplanImportService).importFiles(paths, CLI_ACTOR);
    for (const line of formatResultLines(results)) console.log(line);
    return 0;
  } catch (error) {
    if (error instanceof FloorPlanInvalidError) {
      for (const line of formatIssueLines(error.bySource)) console.error(line);
    } else if (error instanceof FloorPlanConflictError) {
      for (const line of formatIssueLines([{ source: paths.join(' '), issues: error.conflicts }])) console.error(line);
    } else if (error instanceof DomainError || (error as NodeJS.ErrnoException).code === 'ENOENT') {
      console.error((error as Error).message);
    } else {
      throw error;
    }
    console.error('Nothing was imported.');
    return EX_DATAERR;
  } finally {
    await app.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
