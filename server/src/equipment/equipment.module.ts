import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FloorplanModule } from '../floorplan/floorplan.module.js';
import { LocationModule } from '../location/location.module.js';
import { AssetHistoryService } from './asset-history.service.js';
import { AssetHygieneService } from './asset-hygiene.service.js';
import { AssetLocator } from './asset-locator.js';
import { AssetPositionsService } from './asset-positions.service.js';
import { AssetRegistryService } from './asset-registry.service.js';
import { AssetSearchService } from './asset-search.service.js';
import { AssetTagClaimant } from './asset-tag-claimant.js';
import { AssetsController } from './assets.controller.js';
import { DemoFleetSeeder } from './demo/demo-fleet.seeder.js';
import { EquipmentTypesService } from './equipment-types.service.js';
import { EQUIPMENT_ENTITIES } from './equipment.entities.js';
import { EquipmentController } from './equipment.controller.js';
import { LocationAssetLocator } from './location-asset-locator.js';
import { NearestEquipmentService } from './nearest-equipment.service.js';
import { ParLevelsService } from './par-levels.service.js';
import { PmDueService } from './pm-due.service.js';
import { SiteLayoutService } from './site-layout.service.js';
import { UnpairedTagsService } from './unpaired-tags.service.js';

/**
 * The equipment registry and finding equipment: assets and their status life cycle, tags, search,
 * nearest available by walking distance, trails, utilization, PAR levels. The alert checks use
 * ParLevelsService.parShortfalls and PmDueService.pmDue; the simulator reads demo/demo-fleet.ts.
 */
@Module({
  imports: [TypeOrmModule.forFeature(EQUIPMENT_ENTITIES), FloorplanModule, LocationModule],
  controllers: [AssetsController, EquipmentController],
  providers: [
    { provide: AssetLocator, useClass: LocationAssetLocator },
    AssetHistoryService,
    AssetHygieneService,
    AssetPositionsService,
    AssetRegistryService,
    AssetSearchService,
    AssetTagClaimant,
    DemoFleetSeeder,
    EquipmentTypesService,
    NearestEquipmentService,
    ParLevelsService,
    PmDueService,
    SiteLayoutService,
    UnpairedTagsService,
  ],
  exports: [AssetRegistryService, AssetHygieneService, AssetPositionsService, ParLevelsService, PmDueService, EquipmentTypesService, SiteLayoutService],
})
export class EquipmentModule {}
