import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AlertsModule } from '../alerts/alerts.module.js';
import { DevicesModule } from '../devices/devices.module.js';
import { FloorplanModule } from '../floorplan/floorplan.module.js';
import { IngestModule } from '../ingest/ingest.module.js';
import { AuditReportController } from './audit-report/audit-report.controller.js';
import { AuditReportService } from './audit-report/audit-report.service.js';
import { ComplianceController } from './compliance-api/compliance.controller.js';
import { ComplianceService } from './compliance-api/compliance.service.js';
import { CleaningOverdueCheck } from './cleaning-overdue.scheduled-check.js';
import { EnvironmentAlarmsService } from './environment-alarms.service.js';
import { EnvironmentExcursionsService } from './environment-excursions.service.js';
import { EnvironmentLimitsController } from './environment-limits.controller.js';
import { EnvironmentLimitsService } from './environment-limits.service.js';
import { EnvironmentReadingsService } from './environment-readings.service.js';
import { GroupLevelComplianceController } from './group-level/group-level-compliance.controller.js';
import { GroupLevelComplianceService } from './group-level/group-level-compliance.service.js';
import { HygieneEnvironmentController } from './hygiene-environment.controller.js';
import { HYGIENE_ENTITIES } from './hygiene.entities.js';
import { HygieneReportsService } from './hygiene-reports.service.js';
import { ReadingRetentionService } from './reading-retention.service.js';
import { RoomCleaningController } from './room-cleaning.controller.js';
import { RoomCleaningService } from './room-cleaning.service.js';
import { StaffModule } from './staff/staff.module.js';

/**
 * Hygiene and environment: dispenser and sensor batches from the ingest (HygieneReportSink) stored by
 * HygieneReportsService (activations, refill levels, room cleaning events, raw readings with their
 * 1-minute and hourly aggregates), the chart API over the aggregates, the raw readings' retention, and
 * environment alarms (EnvironmentAlarmsService: excursions and `environment.excursion` alerts), and the
 * room cleaning board (RoomCleaningService, with `hygiene.cleaning_overdue` alerts from CleaningOverdueCheck),
 * hand-hygiene compliance (ComplianceService over the staff module's badge stays), group-level compliance
 * from door counters (GroupLevelComplianceService), the infection-control audit report
 * (AuditReportService, audit-report/) and the per-room environment limit overrides (EnvironmentLimitsService).
 * The pure cores live in compliance/, environment/ and cleaning/.
 */
@Module({
  imports: [TypeOrmModule.forFeature(HYGIENE_ENTITIES), AlertsModule, DevicesModule, FloorplanModule, IngestModule, StaffModule],
  controllers: [HygieneEnvironmentController, EnvironmentLimitsController, RoomCleaningController, ComplianceController, GroupLevelComplianceController, AuditReportController],
  providers: [
    ComplianceService,
    GroupLevelComplianceService,
    HygieneReportsService,
    EnvironmentReadingsService,
    ReadingRetentionService,
    EnvironmentLimitsService,
    EnvironmentAlarmsService,
    EnvironmentExcursionsService,
    RoomCleaningService,
    CleaningOverdueCheck,
    AuditReportService,
  ],
  exports: [ComplianceService, HygieneReportsService, EnvironmentReadingsService, RoomCleaningService],
})
export class HygieneModule {}
