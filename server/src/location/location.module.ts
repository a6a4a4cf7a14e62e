import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DevicesModule } from '../devices/devices.module.js';
import { FloorplanModule } from '../floorplan/floorplan.module.js';
import { IngestModule } from '../ingest/ingest.module.js';
import { GatewayCalibrationController } from './calibration/gateway-calibration.controller.js';
import { GatewayCalibration } from './calibration/gateway-calibration.entity.js';
import { GatewayCalibrationService } from './calibration/gateway-calibration.service.js';
import { GatewayCalibrationStore } from './calibration/gateway-calibration.store.js';
import { LocationController } from './location.controller.js';
import { LocationService } from './location.service.js';
import { HistoryRetentionService } from './persistence/history-retention.service.js';
import { LocationStore } from './persistence/location-store.js';
import { SiteModelBuilder } from './site/site-model-builder.js';

/**
 * Where tags are: BLE sightings from the ingest bus through the location engine (./engine, pure) to
 * current positions and room-transition history. Other features use LocationService.
 */
@Module({
  imports: [TypeOrmModule.forFeature([GatewayCalibration]), FloorplanModule, DevicesModule, IngestModule],
  controllers: [LocationController, GatewayCalibrationController],
  providers: [LocationService, LocationStore, SiteModelBuilder, GatewayCalibrationStore, GatewayCalibrationService, HistoryRetentionService],
  exports: [LocationService],
})
export class LocationModule {}
