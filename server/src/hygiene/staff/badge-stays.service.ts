import { Injectable } from '@nestjs/common';
import { LocationService } from '../../location/location.service.js';
import type { StaffStay } from '../compliance/compliance-types.js';
import { staysOfHolders } from './badge-stays.js';
import { StaffRegistryService } from './staff-registry.service.js';

/** What the compliance service reads: staff stays from the location feature's room transitions of their badges. */
@Injectable()
export class BadgeStaysService {
  constructor(
    private readonly registry: StaffRegistryService,
    private readonly location: LocationService,
  ) {}

  /**
   * The stays overlapping [from, to] (epoch ms) of everyone who wore a badge then (of `unit` when given:
   * the person's unit, not the room's), by entry time: each badge's stays between its assignment and its
   * return, so people who left and badges reissued since keep past figures as they were. A stay's entry may
   * be before `from` and its exit after `to` is not known (`leftAt` null): the caller counts the door
   * crossings inside its range. One history query for all badges. 400 naming `unit` when it is not a unit
   * of the floor plans.
   */
  async stays(from: number, to: number, unit?: string): Promise<StaffStay[]> {
    await this.registry.checkUnit(unit);
    const assignments = await this.registry.badgeAssignments(from, to, unit);
    const badgeIds = [...new Set(assignments.map((assignment) => assignment.badgeTagId))];
    const histories = await this.location.histories(badgeIds, from, to);
    const transitionsOf = new Map(badgeIds.map((badgeId, i) => [badgeId, histories[i].transitions]));
    const holders = assignments.map((assignment) => ({
      staffId: String(assignment.staffId),
      badgeId: assignment.badgeTagId,
      role: assignment.role,
      badgeAssignedAt: assignment.assignedAt.getTime(),
      badgeEndedAt: assignment.endedAt?.getTime() ?? null,
    }));
    return staysOfHolders(holders, transitionsOf, from, to);
  }
}
