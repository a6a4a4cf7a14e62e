import { Module } from '@nestjs/common';
import { EquipmentModule } from '../equipment/equipment.module.js';
import { FloorplanModule } from '../floorplan/floorplan.module.js';
import { HygieneModule } from '../hygiene/hygiene.module.js';
import { IngestModule } from '../ingest/ingest.module.js';
import { InventoryModule } from '../inventory/inventory.module.js';
import { LocationModule } from '../location/location.module.js';
import { DemoHospitalSeeder } from './demo-hospital.seeder.js';
import { DemoDoorCounterSimulation } from './simulation/demo-door-counter-simulation.service.js';
import { DemoHygieneSimulationService } from './simulation/demo-hygiene-simulation.service.js';
import { DemoPharmacySimulationService } from './simulation/demo-pharmacy-simulation.service.js';
import { DemoSimulationService } from './simulation/demo-simulation.service.js';

/**
 * Demo mode: St Mary's floor plans and devices (DemoHospitalSeeder) and its simulated gateways
 * (DemoSimulationService), its pharmacy's cabinets (DemoPharmacySimulationService), and its
 * dispensers, cleaners and environment sensors (DemoHygieneSimulationService). Imports
 * EquipmentModule and InventoryModule so that, bootstrap hooks running deepest module first, the
 * simulations start after the fleet and the pharmacy are seeded.
 */
@Module({
  imports: [FloorplanModule, IngestModule, LocationModule, EquipmentModule, InventoryModule, HygieneModule],
  providers: [DemoHospitalSeeder, DemoSimulationService, DemoPharmacySimulationService, DemoDoorCounterSimulation, DemoHygieneSimulationService],
})
export class DemoModule {}
