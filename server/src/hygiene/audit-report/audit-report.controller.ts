import { Controller, Get, Header, Query, StreamableFile } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { RequestActor, type Actor } from '../../platform/audit/request-actor.decorator.js';
import { CurrentPrincipal, Roles } from '../../platform/auth/auth.decorators.js';
import type { UserPrincipal } from '../../platform/auth/session-authenticator.js';
import { AuditReportQueryDto, MAX_AUDIT_REPORT_DAYS } from './audit-report.dto.js';
import { AuditReportService } from './audit-report.service.js';

@ApiTags('hygiene')
@Controller('api/hygiene/audit-report')
export class AuditReportController {
  constructor(private readonly reports: AuditReportService) {}

  @Get()
  @Roles('infection_control', 'admin')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('application/pdf', 'text/csv')
  @ApiOperation({
    summary: 'The infection-control audit report of a unit and period, as a PDF or CSV download',
    description:
      'Hand-hygiene compliance (total; by room, role, shift, entering and leaving, day, with met by badge beside met), the daily trend, the cleaning log of the unit’s rooms and the environment excursions overlapping the period, with durations and corrective notes; times in the site’s time zone. Each export is recorded in the audit trail. docs/hygiene.md, "Audit report".',
  })
  @ApiOkResponse({ description: 'The report, as an attachment named wardwatch-audit-<unit>-<from>-<to>.pdf or .csv.', schema: { type: 'string', format: 'binary' } })
  @ApiBadRequestResponse({ description: `unit is not a unit of the floor plans, from or to is missing or malformed, the period is reversed or longer than ${MAX_AUDIT_REPORT_DAYS} days, or format is not pdf or csv; \`issues\` names the field.` })
  @ApiForbiddenResponse({ description: 'Only infection control and admins export audit reports.' })
  async download(@Query() query: AuditReportQueryDto, @CurrentPrincipal() user: UserPrincipal, @RequestActor() actor: Actor): Promise<StreamableFile> {
    const file = await this.reports.export({ unit: query.unit, from: Date.parse(query.from), to: Date.parse(query.to), format: query.format }, user, actor);
    return new StreamableFile(file.content, { type: file.contentType, disposition: `attachment; filename="${file.filename}"`, length: file.content.length });
  }
}
