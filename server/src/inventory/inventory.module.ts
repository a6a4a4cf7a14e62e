import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DevicesModule } from '../devices/devices.module.js';
import { EquipmentModule } from '../equipment/equipment.module.js';
import { FloorplanModule } from '../floorplan/floorplan.module.js';
import { IngestModule } from '../ingest/ingest.module.js';
import { AuthModule } from '../platform/auth/auth.module.js';
import { CabinetReportsService } from './cabinet-reports.service.js';
import { DemoPharmacySeeder } from './demo/demo-pharmacy.seeder.js';
import { CountSessionsController } from './count-sessions.controller.js';
import { CountSessionsService } from './count-sessions.service.js';
import { DiscrepanciesController } from './discrepancies.controller.js';
import { DiscrepanciesService } from './discrepancies.service.js';
import { INVENTORY_ENTITIES } from './inventory.entities.js';
import { InventoryController } from './inventory.controller.js';
import { InventoryLedgerService } from './inventory-ledger.service.js';
import { InventorySetupService } from './inventory-setup.service.js';
import { InventoryStockService } from './inventory-stock.service.js';

/**
 * Medication cabinets and pharmacy inventory: the formulary, cabinets (placed `medication_cabinet`
 * devices) with drawers and bins, the append-only bin ledgers (ledger/, pure), discrepancies and their
 * witnessed resolution, count sessions, expiry and the restock pick list. Cabinet reports arrive from
 * the ingest (CabinetReportSink) and are stored by CabinetReportsService. In demo mode, DemoPharmacySeeder
 * stocks St Mary's cabinets (demo/). EquipmentModule lends the
 * site layout (rooms, units, time zone).
 */
@Module({
  imports: [TypeOrmModule.forFeature(INVENTORY_ENTITIES), DevicesModule, EquipmentModule, FloorplanModule, AuthModule, IngestModule],
  controllers: [InventoryController, DiscrepanciesController, CountSessionsController],
  providers: [DemoPharmacySeeder, CabinetReportsService, InventoryLedgerService, InventorySetupService, InventoryStockService, DiscrepanciesService, CountSessionsService],
  exports: [InventoryLedgerService, InventorySetupService, InventoryStockService, DiscrepanciesService],
})
export class InventoryModule {}
