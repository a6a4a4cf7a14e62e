import { Injectable } from '@nestjs/common';
import { LocationService } from '../../location/location.service.js';
import type { StaffStay } from '../compliance/compliance-types.js';
import { staysOfBadge } from './badge-stays.js';
import { StaffRegistryService } from './staff-registry.service.js';

/** What the compliance service reads: staff stays from the location feature's room transitions of their badges. */
@Injectable()
export class BadgeStaysService {
  constructor(
    private readonly registry: StaffRegistryService,
    private readonly location: LocationService,
  ) {}

  /**
   * The stays overlapping [from, to] (epoch ms) of active staff with a badge (of `unit` when given: the
   * person's unit, not the room's), by entry time. A stay's entry may be before `from` and its exit
   * after `to` is not known (`leftAt` null): the caller counts the door crossings inside its range.
   * One history query for all badges. 400 naming `unit` when it is not a unit of the floor plans.
   */
  async stays(from: number, to: number, unit?: string): Promise<StaffStay[]> {
    await this.registry.checkUnit(unit);
    const holders = await this.registry.badgedStaff(unit);
    const histories = await this.location.histories(
      holders.map((holder) => holder.badgeTagId),
      from,
      to,
    );
    return holders
      .flatMap((holder, i) =>
        staysOfBadge(
          { staffId: String(holder.id), badgeId: holder.badgeTagId, role: holder.role, badgeAssignedAt: holder.badgeAssignedAt.getTime() },
          histories[i].transitions,
          from,
          to,
        ),
      )
      .sort((a, b) => a.enteredAt - b.enteredAt || a.staffId.localeCompare(b.staffId));
  }
}
