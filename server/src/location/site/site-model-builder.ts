import { Injectable } from '@nestjs/common';
import { FloorplanQueryService } from '../../floorplan/floorplan-query.service.js';
import { GatewayCalibrationStore } from '../calibration/gateway-calibration.store.js';
import type { SiteModel } from '../engine/site-model.js';
import { siteModelFingerprint, siteModelOfFloorPlans } from './site-model-of-floor-plans.js';

export interface BuiltSiteModel {
  model: SiteModel;
  fingerprint: string;
}

/**
 * Reads every floor of every site through the floor-plan feature's read service (rooms, doors and the
 * placed devices it joins in from DevicesService) and the gateways' RSSI calibrations, and turns them into one engine SiteModel: floor,
 * room and device ids are unique across the installation, so one engine serves all sites.
 */
@Injectable()
export class SiteModelBuilder {
  constructor(
    private readonly floorplans: FloorplanQueryService,
    private readonly calibrations: GatewayCalibrationStore,
  ) {}

  async build(): Promise<BuiltSiteModel> {
    const floorIds = (await this.floorplans.siteTree()).flatMap((site) => site.buildings.flatMap((building) => building.floors.map((floor) => floor.id)));
    const [plans, offsets] = await Promise.all([Promise.all(floorIds.map((floorId) => this.floorplans.floorDetail(floorId))), this.calibrations.offsets()]);
    const model = siteModelOfFloorPlans(plans, offsets);
    return { model, fingerprint: siteModelFingerprint(model) };
  }
}
