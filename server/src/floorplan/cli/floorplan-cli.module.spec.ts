import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createScratchDatabase, describeEachDatabase, type ScratchDatabase } from '../../../test-support/test-databases.js';
import { loadConfig } from '../../platform/config/app-config.js';
import { DEMO_FLOORPLANS_DIR, FloorplanImportService } from '../import/floorplan-import.service.js';
import { FloorplanQueryService } from '../floorplan-query.service.js';
import { FloorplanCliModule } from './floorplan-cli.module.js';

// The import command's application context: no HTTP server, migrations run at start.
describeEachDatabase('the floor-plan import command context', (dialect) => {
  let scratch: ScratchDatabase;
  let dataDir: string;
  let context: INestApplicationContext;

  beforeAll(async () => {
    scratch = await createScratchDatabase(dialect);
    dataDir = mkdtempSync(join(tmpdir(), 'wardwatch-cli-'));
    const config = loadConfig({ DATA_DIR: dataDir, DATABASE_URL: scratch.settings.kind === 'mysql' ? scratch.settings.url : undefined });
    context = await NestFactory.createApplicationContext(FloorplanCliModule.forRoot(config), { logger: false });
  });
  afterAll(async () => {
    await context?.close();
    await scratch?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('migrates an empty database and imports a folder as the command does', async () => {
    const results = await context.get(FloorplanImportService).importFiles([DEMO_FLOORPLANS_DIR], { label: 'cli:test', ip: null });
    expect(results.map((result) => result.floorId)).toEqual(['main-0', 'main-1']);
    const sites = await context.get(FloorplanQueryService).siteTree();
    expect(sites.map((site) => site.buildings[0].floors.map((floor) => floor.id))).toEqual([['main-0', 'main-1']]);
  });
});
