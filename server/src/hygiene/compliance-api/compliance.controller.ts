import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../../platform/auth/auth.decorators.js';
import { ANY_ROLE } from '../../platform/auth/role.js';
import type { UserPrincipal } from '../../platform/auth/session-authenticator.js';
import { ComplianceQueryDto } from './compliance-query.dto.js';
import { ComplianceService, type ComplianceReport } from './compliance.service.js';
import { ComplianceReportView } from './compliance.views.js';

@ApiTags('hygiene')
@Controller('api/hygiene/compliance')
export class ComplianceController {
  constructor(private readonly compliance: ComplianceService) {}

  @Get()
  @Roles(...ANY_ROLE)
  @ApiOperation({
    summary: 'Hand-hygiene compliance for a range, grouped by unit, room, role, shift, day, kind or person, with a daily trend',
    description:
      'Opportunities are staff badges entering and leaving patient-care rooms (patient rooms, ICU and ED bays) in [from, to); an opportunity is met by a dispenser activation ' +
      'within its window, by the badge the dispenser read or else by place and time. Days and shifts are local to the site. Rules and defaults: docs/hygiene.md ("Compliance API").',
  })
  @ApiOkResponse({ type: ComplianceReportView })
  @ApiBadRequestResponse({ description: 'A parameter is missing or malformed, the range is reversed, empty or longer than 92 days, or the unit or room is unknown (or the room is not a care room); `issues` names the field.' })
  @ApiForbiddenResponse({ description: '`by=staff` (individual results) by a role other than infection_control or admin; `issues` names `by`.' })
  report(@Query() query: ComplianceQueryDto, @CurrentPrincipal() user: UserPrincipal): Promise<ComplianceReport> {
    return this.compliance.report({ from: Date.parse(query.from), to: Date.parse(query.to), by: query.by ?? 'unit', unit: query.unit, roomId: query.roomId, role: query.role }, user.role);
  }
}
