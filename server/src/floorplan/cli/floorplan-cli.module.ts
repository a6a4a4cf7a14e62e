import { Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from '../../platform/config/app-config.js';
import { AppConfigModule } from '../../platform/config/config.module.js';
import { AuditModule } from '../../platform/audit/audit.module.js';
import { DatabaseModule } from '../../platform/database/database.module.js';
import { FloorplanModule } from '../floorplan.module.js';

/**
 * What the import command needs of the application: configuration, the database (which
 * runs pending migrations on start, as the app does), the audit trail and the floor-plan
 * feature. No HTTP server, MQTT or schedulers.
 */
@Module({})
export class FloorplanCliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: FloorplanCliModule, imports: [AppConfigModule.forRoot(config), DatabaseModule, AuditModule, FloorplanModule] };
  }
}
