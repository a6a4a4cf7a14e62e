import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DevicesModule } from '../devices/devices.module.js';
import { FloorPlanChanges } from './floor-plan-changes.js';
import { FLOORPLAN_ENTITIES } from './floorplan.entities.js';
import { FloorplanAdminController } from './floorplan-admin.controller.js';
import { FloorplanQueryService } from './floorplan-query.service.js';
import { FloorplanController } from './floorplan.controller.js';
import { FloorplanImportService } from './import/floorplan-import.service.js';

/** Sites, buildings, floors, rooms and doors: imported from plan files, read by the map. */
@Module({
  imports: [TypeOrmModule.forFeature(FLOORPLAN_ENTITIES), DevicesModule],
  controllers: [FloorplanController, FloorplanAdminController],
  providers: [FloorplanQueryService, FloorplanImportService, FloorPlanChanges],
  exports: [FloorplanQueryService, FloorplanImportService, FloorPlanChanges],
})
export class FloorplanModule {}
