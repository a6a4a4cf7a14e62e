import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../platform/auth/auth.decorators.js';
import { ContactInvestigationQueryDto, MAX_CONTACTS_RANGE_DAYS } from './contact-investigation.dto.js';
import { ContactInvestigationService } from './contact-investigation.service.js';
import { ContactInvestigationView } from './contact-investigation.views.js';

@ApiTags('hygiene')
@Controller('api/hygiene/contacts')
export class ContactInvestigationController {
  constructor(private readonly contacts: ContactInvestigationService) {}

  @Get()
  @Roles('infection_control', 'admin')
  @ApiOperation({
    summary: 'Contact investigation: which staff (badges) and equipment (tags) were in a room between two times',
    description: 'From the location engine’s room stays (written history, up to a second behind), with entry and exit times and the time within the period. Personal data: infection control and admins only. docs/hygiene.md, "Contact investigation".',
  })
  @ApiOkResponse({ type: ContactInvestigationView })
  @ApiBadRequestResponse({ description: `roomId, from or to missing or malformed, or the range reversed or longer than ${MAX_CONTACTS_RANGE_DAYS} days; \`issues\` names the field.` })
  @ApiForbiddenResponse({ description: 'Not infection control or admin.' })
  @ApiNotFoundResponse({ description: 'No room with this id on the floor plans.' })
  async investigate(@Query() query: ContactInvestigationQueryDto): Promise<ContactInvestigationView> {
    return ContactInvestigationView.of(await this.contacts.investigate(query.roomId, Date.parse(query.from), Date.parse(query.to)));
  }
}
