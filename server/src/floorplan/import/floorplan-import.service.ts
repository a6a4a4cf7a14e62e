import { join } from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DevicesService } from '../../devices/devices.service.js';
import { AuditService } from '../../platform/audit/audit.service.js';
import { SYSTEM_ACTOR, type Actor } from '../../platform/audit/request-actor.decorator.js';
import { repoRoot } from '../../platform/config/repo-root.js';
import { FloorPlanChanges } from '../floor-plan-changes.js';
import { Site } from '../site.entity.js';
import { writeFloor, writeRoomsAndDoors, writeSiteAndBuilding, type WriteContext } from './floor-plan-writer.js';
import type { ParsedFloorPlan } from './floorplan-format.js';
import { listFloorPlanFiles, readFloorPlanFile } from './floorplan-files.js';
import { FloorPlanInvalidError, type SourceIssues } from './floorplan-import-errors.js';
import { validateSite } from './floorplan-site-validator.js';
import { validateFloorPlan } from './floorplan-validator.js';
import { addCounts, NO_CHANGES, type ImportCounts } from './import-counts.js';
import { checkPlanSvg } from './plan-svg-check.js';

/** What importing one floor did. */
export interface FloorImportResult extends ImportCounts {
  floorId: string;
}

interface ValidPlan {
  source: string | null;
  plan: ParsedFloorPlan;
  svg: string;
}

/** The demo hospital shipped with Wardwatch, imported into an empty database in demo mode. */
export const DEMO_FLOORPLANS_DIR = join(repoRoot(), 'floorplans', 'st-marys');

/**
 * Imports floor plans (floorplans/README.md): validates everything first, then writes all
 * floors of one import in a single transaction, so an import either applies completely or
 * leaves the database exactly as it was.
 */
@Injectable()
export class FloorplanImportService {
  private readonly logger = new Logger(FloorplanImportService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly devices: DevicesService,
    private readonly audit: AuditService,
    private readonly changes: FloorPlanChanges,
  ) {}

  /** One floor from a request: the GeoJSON document and its SVG drawing. */
  async importFloor(document: unknown, svg: string, actor: Actor = SYSTEM_ACTOR): Promise<FloorImportResult> {
    const [result] = await this.importValidated([this.validate(null, document, svg)], actor);
    return result;
  }

  /** `.geojson` files or folders of them, each with its drawing beside it, as one import. */
  async importFiles(paths: readonly string[], actor: Actor = SYSTEM_ACTOR): Promise<FloorImportResult[]> {
    const files = await Promise.all((await listFloorPlanFiles(paths)).map((file) => readFloorPlanFile(file)));
    if (files.length === 0) throw new FloorPlanInvalidError([{ source: paths.join(', '), issues: [{ field: 'document', message: 'no .geojson files found' }] }]);
    return this.importValidated(
      files.map((file) => this.validate(file.source, file.document, file.svg, file.issues)),
      actor,
    );
  }

  /** Imports the demo hospital when no site exists yet; returns null when there was something already. */
  async importDemoIfEmpty(): Promise<FloorImportResult[] | null> {
    if ((await this.dataSource.getRepository(Site).count()) > 0) return null;
    const results = await this.importFiles([DEMO_FLOORPLANS_DIR]);
    this.logger.log({ msg: 'Imported the demo hospital', floors: results.map((r) => r.floorId) });
    return results;
  }

  private validate(source: string | null, document: unknown, svg: string | null, readIssues: SourceIssues['issues'] = []): ValidPlan | SourceIssues {
    // A file that could not be read or parsed has nothing else worth reporting.
    if (document === undefined && readIssues.length > 0) return { source, issues: readIssues };
    const result = validateFloorPlan(document);
    const svgIssues = svg === null ? [] : checkPlanSvg(svg, result.ok ? result.plan.floor : undefined);
    const issues = [...readIssues, ...(result.ok ? [] : result.errors), ...svgIssues];
    if (!result.ok || svg === null || issues.length > 0) return { source, issues };
    return { source, plan: result.plan, svg };
  }

  private async importValidated(entries: Array<ValidPlan | SourceIssues>, actor: Actor): Promise<FloorImportResult[]> {
    const invalid = entries.filter((entry): entry is SourceIssues => 'issues' in entry);
    if (invalid.length > 0) throw new FloorPlanInvalidError(invalid);
    const plans = entries as ValidPlan[];
    // Shafts must join two floors; checked when an import brings several floors, since
    // a single floor imported on its own cannot show its other ends.
    const siteIssues = plans.length > 1 ? validateSite(plans.map((entry) => entry.plan)) : [];
    if (siteIssues.length > 0) throw new FloorPlanInvalidError([{ source: plans.map((p) => p.source).join(', '), issues: siteIssues }]);

    const results = await this.dataSource.transaction(async (manager) => {
      const context: WriteContext = { manager, floorsInImport: plans.map((entry) => entry.plan.floor.id), now: new Date() };
      const written: FloorImportResult[] = [];
      for (const { plan, svg } of plans) written.push({ floorId: plan.floor.id, ...(await this.writePlan(plan, svg, context)) });
      return written;
    });
    await this.audit.record({
      actor: actor.label,
      ip: actor.ip,
      action: 'floorplans.import',
      target: results.map((result) => `floor:${result.floorId}`).join(','),
      outcome: 'success',
      details: { floors: results },
    });
    this.changes.announce(results.map((result) => result.floorId));
    return results;
  }

  private async writePlan(plan: ParsedFloorPlan, svg: string, context: WriteContext): Promise<ImportCounts> {
    let counts = addCounts(NO_CHANGES, await writeSiteAndBuilding(plan, context));
    counts = addCounts(counts, await writeFloor(plan, svg, context));
    counts = addCounts(counts, await writeRoomsAndDoors(plan, context));
    return addCounts(counts, await this.devices.upsertPlacements(context.manager, plan.floor.id, plan.devices, context));
  }
}
