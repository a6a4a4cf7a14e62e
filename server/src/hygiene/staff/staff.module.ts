import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SiteLayoutService } from '../../equipment/site-layout.service.js';
import { FloorplanModule } from '../../floorplan/floorplan.module.js';
import { LocationModule } from '../../location/location.module.js';
import { BadgeStaysService } from './badge-stays.service.js';
import { DemoStaffSeeder } from './demo/demo-staff.seeder.js';
import { StaffBadgeClaimant } from './staff-badge-claimant.js';
import { STAFF_ENTITIES } from './staff-member.entity.js';
import { StaffRegistryService } from './staff-registry.service.js';
import { StaffController } from './staff.controller.js';

/**
 * Staff members and their badges, for hand-hygiene compliance; BadgeStaysService gives the compliance
 * service its StaffStays. Badges are tags: the one-owner-per-tag
 * rule with equipment goes through TagClaims (global), so this module does not import the equipment one.
 */
@Module({
  imports: [TypeOrmModule.forFeature(STAFF_ENTITIES), FloorplanModule, LocationModule],
  controllers: [StaffController],
  providers: [BadgeStaysService, DemoStaffSeeder, SiteLayoutService, StaffBadgeClaimant, StaffRegistryService],
  exports: [BadgeStaysService, StaffRegistryService],
})
export class StaffModule {}
