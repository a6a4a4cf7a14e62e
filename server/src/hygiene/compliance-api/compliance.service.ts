import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, LessThanOrEqual, type Repository } from 'typeorm';
import type { FloorDetailView } from '../../floorplan/floorplan.views.js';
import { FloorplanQueryService } from '../../floorplan/floorplan-query.service.js';
import type { Role } from '../../platform/auth/role.js';
import { AppConfig } from '../../platform/config/app-config.js';
import { DomainError } from '../../platform/http/domain-error.js';
import { CalendarLookup } from '../compliance/compliance-calendar.js';
import { ComplianceLayout, type LayoutSite } from '../compliance/compliance-layout.js';
import { CARE_ROOM_TYPES } from '../compliance/compliance-places.js';
import { complianceReadRange } from '../compliance/compliance-range.js';
import { complianceReportBy, type ComplianceFigures, type ComplianceGroupFigures } from '../compliance/compliance-report.js';
import type { ComplianceRules } from '../compliance/compliance-rules.js';
import type { ComplianceDimension } from '../compliance/compliance-summary.js';
import { isolationPeriodsOf, type IsolationPeriod } from '../compliance/isolation-periods.js';
import { DispenserActivation } from '../entities/dispenser-activation.entity.js';
import { RoomHygieneEvent } from '../entities/room-hygiene-event.entity.js';
import { invalidHygieneInput } from '../hygiene-errors.js';
import { dispenserActivationsBetween } from './dispenser-activations-reader.js';
import { BadgeStaysService } from '../staff/badge-stays.service.js';
import { StaffRegistryService } from '../staff/staff-registry.service.js';
import type { StaffRole } from '../staff/staff-roles.js';

export interface ComplianceQuery {
  /** Epoch ms; the range is [from, to). */
  from: number;
  to: number;
  by: ComplianceDimension;
  unit?: string;
  roomId?: string;
  role?: StaffRole;
}

export interface ComplianceReport extends ComplianceFigures {
  from: string;
  to: string;
  unit: string | null;
  timeZone: string;
  by: ComplianceDimension;
  rules: ComplianceRules;
}

/** The same figures grouped several ways at once. */
export interface MultiComplianceReport extends Omit<ComplianceReport, 'by' | 'groups'> {
  groupsBy: Partial<Record<ComplianceDimension, ComplianceGroupFigures>>;
}

/** Who may see individual results (`by=staff`). */
export const INDIVIDUAL_RESULT_ROLES: readonly Role[] = ['infection_control', 'admin'];

/**
 * Hand-hygiene compliance for a range: reads staff stays (from badge room transitions), dispenser
 * activations and the floor plans, and hands them to the pure report (compliance/compliance-report.ts).
 */
@Injectable()
export class ComplianceService {
  constructor(
    @InjectRepository(DispenserActivation) private readonly activations: Repository<DispenserActivation>,
    @InjectRepository(RoomHygieneEvent) private readonly roomEvents: Repository<RoomHygieneEvent>,
    private readonly badgeStays: BadgeStaysService,
    private readonly staff: StaffRegistryService,
    private readonly floorplans: FloorplanQueryService,
    private readonly config: AppConfig,
  ) {}

  /**
   * The report for `viewer`: 403 naming `by` when individual results are asked by a role that may not
   * see them; 400 naming `unit` or `roomId` when the plans have no such unit or care room.
   */
  async report(query: ComplianceQuery, viewer: Role, now = Date.now()): Promise<ComplianceReport> {
    const { groupsBy, ...report } = await this.reportBy(query, [query.by], viewer, now);
    return { ...report, by: query.by, groups: groupsBy[query.by] ?? [] };
  }

  /** Grouped several ways from one reading and one attribution: what a report of many tables needs. */
  async reportBy(query: Omit<ComplianceQuery, 'by'>, dimensions: readonly ComplianceDimension[], viewer: Role, now = Date.now()): Promise<MultiComplianceReport> {
    if (dimensions.includes('staff') && !INDIVIDUAL_RESULT_ROLES.includes(viewer)) {
      throw new DomainError(403, 'Individual hand-hygiene results are for infection control and admins only', [
        { field: 'by', message: 'staff (individual results) is for infection control and admins only; choose unit, room, role, shift, day or kind' },
      ]);
    }
    const layout = await this.layout();
    this.checkSelection(query, layout);
    const rules = this.config.hygieneComplianceRules;
    const range = complianceReadRange(query.from, query.to, rules, now);
    const [stays, activations, isolationPeriods, staffNames] = await Promise.all([
      this.badgeStays.stays(range.staysFrom, range.staysTo),
      dispenserActivationsBetween(this.activations, range.activationsFrom, range.activationsTo),
      this.isolationPeriodsUntil(range.staysTo),
      dimensions.includes('staff') ? this.staffNames() : new Map<string, string>(),
    ]);
    const timeZone = layout.timeZone(query.unit);
    const figures = complianceReportBy(
      {
        from: query.from,
        to: query.to,
        asOf: range.asOf,
        selection: { unit: query.unit, roomId: query.roomId, role: query.role },
        rules,
        calendar: new CalendarLookup({ timeZone, shifts: this.config.hygieneShifts }),
        careRooms: layout.careRooms,
        dispenserRooms: layout.dispenserRooms,
        isolationPeriods,
        stays,
        activations,
        roomNames: layout.roomNames,
        staffNames,
      },
      dimensions,
    );
    return { from: new Date(query.from).toISOString(), to: new Date(query.to).toISOString(), unit: query.unit ?? null, timeZone, rules, ...figures };
  }

  private checkSelection(query: Omit<ComplianceQuery, 'by'>, layout: ComplianceLayout): void {
    if (query.unit !== undefined && !layout.units.has(query.unit)) {
      throw invalidHygieneInput([{ field: 'unit', message: `must be a unit of the floor plans: ${[...layout.units].sort().join(', ') || 'none are imported'}` }]);
    }
    if (query.roomId === undefined) return;
    const room = layout.careRooms.get(query.roomId);
    if (room === undefined) {
      const why = layout.roomNames.has(query.roomId) ? `is not a patient-care room (${CARE_ROOM_TYPES.join(', ')}): no opportunities are counted there` : 'is not a room of the floor plans';
      throw invalidHygieneInput([{ field: 'roomId', message: why }]);
    }
    if (query.unit !== undefined && room.unit !== query.unit) throw invalidHygieneInput([{ field: 'roomId', message: `is not a room of unit ${query.unit}` }]);
  }

  /** Every site's floors, read fresh: a report is rare next to the cost of a stale plan in an audit. */
  private async layout(): Promise<ComplianceLayout> {
    const sites: LayoutSite[] = [];
    for (const site of await this.floorplans.siteTree()) {
      const floors: FloorDetailView[] = [];
      for (const building of site.buildings) for (const floor of building.floors) floors.push(await this.floorplans.floorDetail(floor.id));
      sites.push({ timezone: site.timezone, floors });
    }
    return new ComplianceLayout(sites);
  }

  /** Isolation flags of the cleaning log up to `to`, whole history: a flag may have been raised long before the range (flags are few). */
  private async isolationPeriodsUntil(to: number): Promise<Map<string, IsolationPeriod[]>> {
    const flags = await this.roomEvents.find({
      select: { roomId: true, type: true, at: true },
      where: { type: In(['isolation_started', 'isolation_ended']), at: LessThanOrEqual(new Date(to)) },
      order: { at: 'ASC', id: 'ASC' },
    });
    return isolationPeriodsOf(flags.map((flag) => ({ roomId: flag.roomId, type: flag.type as 'isolation_started' | 'isolation_ended', at: flag.at.getTime() })));
  }

  private async staffNames(): Promise<Map<string, string>> {
    return new Map([...(await this.staff.displayNames())].map(([id, name]) => [String(id), name]));
  }
}
