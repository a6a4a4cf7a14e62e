import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SiteLayoutService } from '../../equipment/site-layout.service.js';
import { FloorplanModule } from '../../floorplan/floorplan.module.js';
import { StaffBadgeClaimant } from './staff-badge-claimant.js';
import { STAFF_ENTITIES } from './staff-member.entity.js';
import { StaffRegistryService } from './staff-registry.service.js';
import { StaffController } from './staff.controller.js';

/**
 * Staff members and their badges, for hand-hygiene compliance. Badges are tags: the one-owner-per-tag
 * rule with equipment goes through TagClaims (global), so this module does not import the equipment one.
 */
@Module({
  imports: [TypeOrmModule.forFeature(STAFF_ENTITIES), FloorplanModule],
  controllers: [StaffController],
  providers: [SiteLayoutService, StaffBadgeClaimant, StaffRegistryService],
  exports: [StaffRegistryService],
})
export class StaffModule {}
