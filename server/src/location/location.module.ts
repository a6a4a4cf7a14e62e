import { Module } from '@nestjs/common';
import { FloorplanModule } from '../floorplan/floorplan.module.js';
import { IngestModule } from '../ingest/ingest.module.js';
import { LocationController } from './location.controller.js';
import { LocationService } from './location.service.js';
import { LocationStore } from './persistence/location-store.js';
import { SiteModelBuilder } from './site/site-model-builder.js';

/**
 * Where tags are: BLE sightings from the ingest bus through the location engine (./engine, pure) to
 * current positions and room-transition history. Other features use LocationService.
 */
@Module({
  imports: [FloorplanModule, IngestModule],
  controllers: [LocationController],
  providers: [LocationService, LocationStore, SiteModelBuilder],
  exports: [LocationService],
})
export class LocationModule {}
