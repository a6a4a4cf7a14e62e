import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Not, Repository } from 'typeorm';
import { Asset } from './asset.entity.js';
import { dateIn, pmDueWithin, type PmDue } from './domain/pm-due.js';
import { SiteLayoutService } from './site-layout.service.js';

/** Preventive maintenance coming due. The alert check calls `pmDue`. */
@Injectable()
export class PmDueService {
  constructor(
    @InjectRepository(Asset) private readonly assets: Repository<Asset>,
    private readonly layouts: SiteLayoutService,
  ) {}

  /** Assets not retired whose preventive maintenance is overdue or due within `withinDays` of today at the site, soonest first. */
  async pmDue(withinDays: number, now = Date.now()): Promise<Array<PmDue<Asset>>> {
    const [assets, layout] = await Promise.all([this.assets.find({ where: { status: Not('retired' as const) }, order: { assetTag: 'ASC' } }), this.layouts.current(now)]);
    return pmDueWithin(assets, dateIn(layout.timezone, now), withinDays);
  }
}
