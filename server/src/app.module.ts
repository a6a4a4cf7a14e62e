import { Module, type DynamicModule } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import type { AppConfig } from './platform/config/app-config.js';
import { AppConfigModule } from './platform/config/config.module.js';
import { DatabaseModule } from './platform/database/database.module.js';
import { AuditModule } from './platform/audit/audit.module.js';
import { AuthModule } from './platform/auth/auth.module.js';
import { HealthModule } from './platform/health/health.module.js';
import { MqttModule } from './platform/mqtt/mqtt.module.js';
import { FloorplanModule } from './floorplan/floorplan.module.js';
import { DemoModule } from './demo/demo.module.js';
import { GatewaysModule } from './gateways/gateways.module.js';
import { IngestModule } from './ingest/ingest.module.js';
import { LocationModule } from './location/location.module.js';
import { AlertsModule } from './alerts/alerts.module.js';
import { RealtimeModule } from './realtime/realtime.module.js';
import { EquipmentModule } from './equipment/equipment.module.js';
import { InventoryModule } from './inventory/inventory.module.js';
import { TagClaimsModule } from './tag-claims/tag-claims.module.js';
import { StaffModule } from './hygiene/staff/staff.module.js';
import { HygieneModule } from './hygiene/hygiene.module.js';
import { ContactInvestigationModule } from './hygiene/contacts/contact-investigation.module.js';

/** The whole application. Features add their module to FEATURE_MODULES. */
const FEATURE_MODULES = [
  HealthModule,
  AuditModule,
  AuthModule,
  FloorplanModule,
  DemoModule,
  IngestModule,
  GatewaysModule,
  LocationModule,
  TagClaimsModule,
  EquipmentModule,
  StaffModule,
  InventoryModule,
  HygieneModule,
  ContactInvestigationModule,
  AlertsModule,
  RealtimeModule,
];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [AppConfigModule.forRoot(config), DatabaseModule, MqttModule, ScheduleModule.forRoot(), ...FEATURE_MODULES],
    };
  }
}
