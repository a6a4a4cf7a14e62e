import { Injectable } from '@nestjs/common';
import type { Asset } from '../../equipment/asset.entity.js';
import { AssetRegistryService } from '../../equipment/asset-registry.service.js';
import { FloorplanQueryService, type RoomSummary } from '../../floorplan/floorplan-query.service.js';
import { LocationService } from '../../location/location.service.js';
import { NotFoundError } from '../../platform/http/domain-error.js';
import type { StaffMember } from '../staff/staff-member.entity.js';
import { StaffRegistryService } from '../staff/staff-registry.service.js';
import { contactsOf, type Contact, type TagHolder } from './room-contacts.js';

export interface ContactInvestigation {
  room: RoomSummary;
  from: number;
  to: number;
  staff: Array<Contact<StaffMember>>;
  equipment: Array<Contact<Asset>>;
}

/**
 * Who and which equipment were in a room during a period: the room's stays from the location feature,
 * matched to the staff who wore the badges then (badge assignment history) and the assets carrying tags now
 * (from when they got the tag).
 */
@Injectable()
export class ContactInvestigationService {
  constructor(
    private readonly floorplans: FloorplanQueryService,
    private readonly location: LocationService,
    private readonly staff: StaffRegistryService,
    private readonly assets: AssetRegistryService,
  ) {}

  /** 404 when the room is not on the floor plans. */
  async investigate(roomId: string, from: number, to: number, now = Date.now()): Promise<ContactInvestigation> {
    const [room] = await this.floorplans.roomsByIds([roomId]);
    if (room === undefined) throw new NotFoundError('Room', roomId);
    const [stays, badgeHolders, tagged] = await Promise.all([this.location.occupants(roomId, from, to), this.badgeHolders(from, to), this.assets.taggedAssets()]);
    const until = Math.min(to, now);
    return {
      room,
      from,
      to,
      staff: contactsOf(stays, badgeHolders, from, until),
      equipment: contactsOf(stays, tagged.map((asset) => ({ tagId: asset.tagId, since: asset.tagPairedAt?.getTime() ?? 0, holder: asset })), from, until),
    };
  }

  /** Who wore which badge during the period, leavers included, each member shown with the badge of that time. */
  private async badgeHolders(from: number, to: number): Promise<Array<TagHolder<StaffMember>>> {
    const assignments = await this.staff.badgeAssignments(from, to);
    const members = new Map((await this.staff.membersByIds(assignments.map((assignment) => assignment.staffId))).map((member) => [member.id, member]));
    return assignments.flatMap((assignment) => {
      const member = members.get(assignment.staffId);
      if (member === undefined) return [];
      const holder = { ...member, badgeTagId: assignment.badgeTagId };
      return [{ tagId: assignment.badgeTagId, since: assignment.assignedAt.getTime(), until: assignment.endedAt?.getTime() ?? null, holder }];
    });
  }
}
