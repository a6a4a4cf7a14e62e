import { Module } from '@nestjs/common';
import { EquipmentModule } from '../../equipment/equipment.module.js';
import { FloorplanModule } from '../../floorplan/floorplan.module.js';
import { LocationModule } from '../../location/location.module.js';
import { StaffModule } from '../staff/staff.module.js';
import { ContactInvestigationController } from './contact-investigation.controller.js';
import { ContactInvestigationService } from './contact-investigation.service.js';

/**
 * Contact investigation, apart from the hygiene module: it joins location history with the staff and
 * equipment registries, and keeping it here spares the hygiene module a dependency on equipment.
 */
@Module({
  imports: [FloorplanModule, LocationModule, StaffModule, EquipmentModule],
  controllers: [ContactInvestigationController],
  providers: [ContactInvestigationService],
})
export class ContactInvestigationModule {}
