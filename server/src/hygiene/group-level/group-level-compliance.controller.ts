import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../platform/auth/auth.decorators.js';
import { ANY_ROLE } from '../../platform/auth/role.js';
import { GroupLevelComplianceQueryDto, MAX_GROUP_LEVEL_RANGE_DAYS } from './group-level-compliance.dto.js';
import { GroupLevelComplianceService } from './group-level-compliance.service.js';
import { GroupLevelComplianceView } from './group-level-compliance.views.js';

@ApiTags('hygiene')
@Controller('api/hygiene/compliance/group-level')
export class GroupLevelComplianceController {
  constructor(private readonly compliance: GroupLevelComplianceService) {}

  @Get()
  @Roles(...ANY_ROLE)
  @ApiOperation({
    summary: 'Group-level hand-hygiene compliance where staff wear no badges: dispenser activations vs door entries',
    description:
      'For rooms with door counters: estimated opportunities = 2 × people counted walking in; activations = uses of the dispensers in the room or in the corridor within 3 m of its doors; ' +
      'compliance = min(1, activations / estimated opportunities), null without entries. An estimate (WHO product-use monitoring): see docs/hygiene.md, "Group-level compliance", for its limits.',
  })
  @ApiOkResponse({ type: GroupLevelComplianceView })
  @ApiBadRequestResponse({ description: `from or to missing or malformed, the range reversed or longer than ${MAX_GROUP_LEVEL_RANGE_DAYS} days, by not room, unit or day, or unit not a unit of the floor plans; \`issues\` names the field.` })
  async report(@Query() query: GroupLevelComplianceQueryDto): Promise<GroupLevelComplianceView> {
    const report = await this.compliance.report({ from: Date.parse(query.from), to: Date.parse(query.to), unit: query.unit, by: query.by ?? 'unit' });
    return GroupLevelComplianceView.of(report);
  }
}
