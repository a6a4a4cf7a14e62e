import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '../platform/config/app-config.js';
import { FloorplanImportService } from '../floorplan/import/floorplan-import.service.js';

/**
 * In demo mode (WARDWATCH_DEMO=true, as `npm start` sets), brings an empty
 * installation up as St Mary's General Hospital: its floor plans and devices.
 * Demo users are seeded by the users feature. Runs before the port opens.
 */
@Injectable()
export class DemoHospitalSeeder implements OnApplicationBootstrap {
  constructor(
    private readonly config: AppConfig,
    private readonly floorplans: FloorplanImportService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demo) return;
    await this.floorplans.importDemoIfEmpty();
  }
}
