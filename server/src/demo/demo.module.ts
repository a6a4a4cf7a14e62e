import { Module } from '@nestjs/common';
import { EquipmentModule } from '../equipment/equipment.module.js';
import { FloorplanModule } from '../floorplan/floorplan.module.js';
import { IngestModule } from '../ingest/ingest.module.js';
import { LocationModule } from '../location/location.module.js';
import { DemoHospitalSeeder } from './demo-hospital.seeder.js';
import { DemoSimulationService } from './simulation/demo-simulation.service.js';

/**
 * Demo mode: St Mary's floor plans and devices (DemoHospitalSeeder) and its simulated gateways
 * (DemoSimulationService). Imports EquipmentModule so that, bootstrap hooks running deepest module
 * first, the simulation starts after the equipment seeder has registered the fleet.
 */
@Module({
  imports: [FloorplanModule, IngestModule, LocationModule, EquipmentModule],
  providers: [DemoHospitalSeeder, DemoSimulationService],
})
export class DemoModule {}
