import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DevicesModule } from '../devices/devices.module.js';
import { EquipmentModule } from '../equipment/equipment.module.js';
import { FloorplanModule } from '../floorplan/floorplan.module.js';
import { GatewaysModule } from '../gateways/gateways.module.js';
import { IngestModule } from '../ingest/ingest.module.js';
import { INVENTORY_ALERT_KINDS } from '../inventory/inventory-alert-kinds.js';
import { InventoryModule } from '../inventory/inventory.module.js';
import { LocationModule } from '../location/location.module.js';
import { AlertKindRegistry } from './alert-kinds.js';
import { AlertScheduler } from './alert-scheduler.service.js';
import { AlertSettings } from './alert-settings.js';
import { ALERTS_ENTITIES } from './alerts.entities.js';
import { AlertsController } from './alerts.controller.js';
import { AlertsService } from './alerts.service.js';
import { GatewayNotScanningCheck, GatewayOfflineCheck, WatchedGateways } from './scheduled/gateway-offline.scheduled-check.js';
import { LeftZoneCheck } from './scheduled/left-zone.scheduled-check.js';
import { LowBatteryCheck } from './scheduled/low-battery.scheduled-check.js';
import { MissingEquipmentCheck } from './scheduled/missing-equipment.scheduled-check.js';
import { ParBelowCheck } from './scheduled/par-below.scheduled-check.js';
import { BelowReorderCheck, DiscrepancyOverdueCheck, LotExpiredCheck, LotExpiringCheck, StockOutCheck } from './scheduled/inventory.scheduled-checks.js';
import { PmDueCheck } from './scheduled/pm-due.scheduled-check.js';
import { WatchClock } from './scheduled/watch-clock.js';
import { WatchedEquipment } from './scheduled/watched-equipment.js';
import { TagBatteryLog } from './tag-battery-log.service.js';

/**
 * One alert model for every feature (AlertsService, AlertKindRegistry) and the scheduled checks of
 * equipment, gateways, tags and the inventory (whose kinds, INVENTORY_ALERT_KINDS, pharmacy acts on). Other features import this module to raise their own kinds.
 */
@Module({
  imports: [TypeOrmModule.forFeature(ALERTS_ENTITIES), DevicesModule, EquipmentModule, FloorplanModule, GatewaysModule, IngestModule, LocationModule, InventoryModule],
  controllers: [AlertsController],
  providers: [
    AlertsService,
    {
      provide: AlertKindRegistry,
      useFactory: () => {
        const registry = new AlertKindRegistry();
        for (const kind of INVENTORY_ALERT_KINDS) registry.define(kind);
        return registry;
      },
    },
    { provide: AlertSettings, useFactory: () => new AlertSettings() },
    { provide: WatchClock, useFactory: () => new WatchClock() },
    TagBatteryLog,
    WatchedEquipment,
    MissingEquipmentCheck,
    WatchedGateways,
    GatewayOfflineCheck,
    GatewayNotScanningCheck,
    LowBatteryCheck,
    LeftZoneCheck,
    ParBelowCheck,
    PmDueCheck,
    StockOutCheck,
    BelowReorderCheck,
    LotExpiringCheck,
    LotExpiredCheck,
    DiscrepancyOverdueCheck,
    AlertScheduler,
  ],
  exports: [AlertsService, AlertKindRegistry],
})
export class AlertsModule {}
