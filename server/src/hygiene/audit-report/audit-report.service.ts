import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { And, In, LessThan, MoreThanOrEqual, type Repository } from 'typeorm';
import { FloorplanQueryService, type RoomSummary } from '../../floorplan/floorplan-query.service.js';
import { AuditService } from '../../platform/audit/audit.service.js';
import type { Actor } from '../../platform/audit/request-actor.decorator.js';
import type { Role } from '../../platform/auth/role.js';
import type { UserPrincipal } from '../../platform/auth/session-authenticator.js';
import { ComplianceService } from '../compliance-api/compliance.service.js';
import { RoomHygieneEvent } from '../entities/room-hygiene-event.entity.js';
import { EnvironmentExcursionsService } from '../environment-excursions.service.js';
import { ExcursionView } from '../environment-excursions.views.js';
import { invalidHygieneInput } from '../hygiene-errors.js';
import type { AuditReportFormat } from './audit-report.dto.js';
import { GroupLevelComplianceService } from '../group-level/group-level-compliance.service.js';
import type { AuditReportInput, CleaningLogEntry, ComplianceSection, ExcursionEntry, GroupLevelSection } from './audit-report.model.js';
import { buildAuditReport } from './build-audit-report.js';
import { LocalTimeFormat } from './local-time.js';
import { renderAuditReportCsv } from './render-audit-report-csv.js';
import { renderAuditReportPdf } from './render-audit-report-pdf.js';

export interface AuditReportRequest {
  unit: string;
  from: number;
  to: number;
  format: AuditReportFormat;
}

export interface AuditReportFile {
  content: Buffer;
  contentType: string;
  filename: string;
}

const CONTENT_TYPES: Readonly<Record<AuditReportFormat, string>> = { pdf: 'application/pdf', csv: 'text/csv; charset=utf-8' };

/**
 * The infection-control audit report of a unit and period: gathers the unit's compliance figures (badge
 * based, and group-level where rooms have door counters), its rooms' cleaning log and their environment
 * excursions, builds the report (build-audit-report.ts), renders it as PDF or CSV, and records in the
 * audit trail who exported which report.
 */
@Injectable()
export class AuditReportService {
  constructor(
    @InjectRepository(RoomHygieneEvent) private readonly roomEvents: Repository<RoomHygieneEvent>,
    private readonly floorplans: FloorplanQueryService,
    private readonly excursions: EnvironmentExcursionsService,
    private readonly audit: AuditService,
    private readonly compliance: ComplianceService,
    private readonly groupLevel: GroupLevelComplianceService,
  ) {}

  /** 400 naming `unit` when no room of the floor plans is in it. */
  async export(request: AuditReportRequest, viewer: UserPrincipal, actor: Actor, now = new Date()): Promise<AuditReportFile> {
    const input = await this.gather(request, viewer, now);
    const report = buildAuditReport(input);
    const content = request.format === 'pdf' ? await renderAuditReportPdf(report, { createdAt: now }) : Buffer.from(renderAuditReportCsv(report), 'utf8');
    const filename = fileNameOf(input, request.format);
    await this.audit.record({
      actor: actor.label,
      ip: actor.ip,
      action: 'hygiene.audit_report.export',
      target: `unit:${request.unit}`,
      outcome: 'success',
      status: 200,
      details: { unit: request.unit, from: new Date(request.from).toISOString(), to: new Date(request.to).toISOString(), format: request.format, filename },
    });
    return { content, contentType: CONTENT_TYPES[request.format], filename };
  }

  private async gather(request: AuditReportRequest, viewer: UserPrincipal, now: Date): Promise<AuditReportInput> {
    const rooms = (await this.floorplans.allRooms()).filter((room) => room.unit === request.unit);
    if (rooms.length === 0) throw invalidHygieneInput([{ field: 'unit', message: `"${request.unit}" is not a unit of any room on the floor plans` }]);
    const site = await this.siteOf(rooms);
    return {
      siteName: site.name,
      unit: request.unit,
      from: request.from,
      to: request.to,
      timeZone: site.timezone,
      generatedAt: now.getTime(),
      generatedBy: viewer.username,
      compliance: await this.complianceOf(request, viewer.role),
      groupLevel: await this.groupLevelOf(request),
      cleaningLog: await this.cleaningLogOf(rooms, request.from, request.to),
      excursions: await this.excursionsOf(request),
    };
  }

  /** The site of the unit's rooms (a unit is one department of one campus). */
  private async siteOf(rooms: readonly RoomSummary[]): Promise<{ name: string; timezone: string }> {
    const floorIds = new Set(rooms.map((room) => room.floorId));
    const sites = await this.floorplans.siteTree();
    const site = sites.find((candidate) => candidate.buildings.some((building) => building.floors.some((floor) => floorIds.has(floor.id))));
    return site ?? { name: '(unknown site)', timezone: 'UTC' };
  }

  /** The compliance API's figures for the unit, grouped every way the report shows, from one attribution. */
  private async complianceOf(request: AuditReportRequest, viewer: Role): Promise<ComplianceSection> {
    const report = await this.compliance.reportBy({ from: request.from, to: request.to, unit: request.unit }, ['room', 'role', 'shift', 'kind'], viewer);
    const { room = [], role = [], shift = [], kind = [] } = report.groupsBy;
    return { rules: report.rules, total: report.total, byRoom: room, byRole: role, byShift: shift, byKind: kind, trend: report.trend };
  }

  /** Per room with a door counter, and in total; null when the unit has none. */
  private async groupLevelOf(request: AuditReportRequest): Promise<GroupLevelSection | null> {
    const figures = await this.groupLevel.report({ from: request.from, to: request.to, unit: request.unit, by: 'room' });
    return figures.groups.length === 0 ? null : { total: figures.total, byRoom: figures.groups };
  }

  private async cleaningLogOf(rooms: readonly RoomSummary[], from: number, to: number): Promise<CleaningLogEntry[]> {
    const names = new Map(rooms.map((room) => [room.id, room.name]));
    const events = await this.roomEvents.find({
      where: { roomId: In([...names.keys()]), at: And(MoreThanOrEqual(new Date(from)), LessThan(new Date(to))) },
      order: { at: 'ASC', id: 'ASC' },
    });
    return events.map((event) => ({
      at: event.at.getTime(),
      roomName: names.get(event.roomId) ?? event.roomId,
      type: event.type,
      kind: event.kind,
      method: event.method,
      passed: event.passed,
      value: event.value,
      performedBy: event.performedBy,
      recordedBy: event.recordedBy,
    }));
  }

  private async excursionsOf(request: AuditReportRequest): Promise<ExcursionEntry[]> {
    const records = await this.excursions.overlapping(request.from, request.to, request.unit);
    return records.map((record) => {
      const view = ExcursionView.of(record);
      return {
        ...view,
        startedAt: Date.parse(view.startedAt),
        alarmedAt: Date.parse(view.alarmedAt),
        endedAt: view.endedAt === null ? null : Date.parse(view.endedAt),
      };
    });
  }
}

/** `wardwatch-audit-<unit>-<from>-<to>.<format>`: the unit as a slug, the local dates of the period. */
function fileNameOf(input: AuditReportInput, format: AuditReportFormat): string {
  const local = new LocalTimeFormat(input.timeZone);
  const day = (at: number) => local.dateTime(at).slice(0, 10);
  const unit = input.unit.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'unit';
  return `wardwatch-audit-${unit}-${day(input.from)}-${day(input.to)}.${format}`;
}
