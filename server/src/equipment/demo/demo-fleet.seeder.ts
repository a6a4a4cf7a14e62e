import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { FloorplanImportService } from '../../floorplan/import/floorplan-import.service.js';
import { LocationService } from '../../location/location.service.js';
import { SYSTEM_ACTOR } from '../../platform/audit/request-actor.decorator.js';
import { AppConfig } from '../../platform/config/app-config.js';
import { AssetRegistryService } from '../asset-registry.service.js';
import { ParLevelsService } from '../par-levels.service.js';
import { DEMO_FLEET, DEMO_PAR_LEVELS } from './demo-fleet.js';

const DAY_MS = 86_400_000;

/**
 * In demo mode, gives an installation without assets St Mary's fleet (demo-fleet.ts) and its PAR
 * levels. Runs at start-up, before the port opens.
 */
@Injectable()
export class DemoFleetSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoFleetSeeder.name);

  constructor(
    private readonly config: AppConfig,
    private readonly floorplans: FloorplanImportService,
    private readonly location: LocationService,
    private readonly registry: AssetRegistryService,
    private readonly parLevels: ParLevelsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demo) return;
    // The fleet's home units are the demo plans' units. Bootstrap hooks run deepest module first, so
    // the demo module may not have imported them yet (importing only fills an empty site, so twice is
    // harmless), and the location engine, a deeper module than both, started before the import: have
    // it read the plans now rather than at its next periodic check.
    await this.floorplans.importDemoIfEmpty();
    await this.location.reloadSite();
    if ((await this.registry.count()) > 0) return;
    const now = new Date();
    const created = await this.registry.createMany(
      DEMO_FLEET.map(({ number: _number, pmDueInDays, ...asset }) => ({ ...asset, pmDueDate: isoDate(now.getTime() + pmDueInDays * DAY_MS) })),
      SYSTEM_ACTOR,
      now,
    );
    await this.parLevels.replace(DEMO_PAR_LEVELS);
    this.logger.log({ msg: "Registered St Mary's demo fleet", assets: created, parLevels: DEMO_PAR_LEVELS.length });
  }
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
