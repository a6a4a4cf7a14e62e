import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { FloorplanImportService } from '../../../floorplan/import/floorplan-import.service.js';
import { AppConfig } from '../../../platform/config/app-config.js';
import { StaffRegistryService } from '../staff-registry.service.js';
import { DEMO_STAFF } from './demo-staff.js';

/** In demo mode, gives an installation without staff St Mary's staff list with badges (demo-staff.ts). */
@Injectable()
export class DemoStaffSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoStaffSeeder.name);

  constructor(
    private readonly config: AppConfig,
    private readonly floorplans: FloorplanImportService,
    private readonly registry: StaffRegistryService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demo) return;
    // Units are checked against the plans; the demo module may not have imported them yet (bootstrap
    // hooks run deepest module first; importing only fills an empty site, so twice is harmless).
    await this.floorplans.importDemoIfEmpty();
    if ((await this.registry.count()) > 0) return;
    const created = await this.registry.createMany(DEMO_STAFF.map(({ number: _number, ...member }) => member));
    this.logger.log({ msg: "Registered St Mary's demo staff with badges", staff: created });
  }
}
