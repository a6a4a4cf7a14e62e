import { Body, Controller, Delete, Get, HttpCode, Param, Put, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequestActor, type Actor } from '../platform/audit/request-actor.decorator.js';
import { Roles } from '../platform/auth/auth.decorators.js';
import { ANY_ROLE } from '../platform/auth/role.js';
import { LimitOverrideDto, LimitPathDto, LimitsQueryDto } from './environment-limits.dto.js';
import { EnvironmentLimitsService } from './environment-limits.service.js';
import { RoomLimitView } from './environment-limits.views.js';

@ApiTags('hygiene')
@Controller('api/hygiene/environment/limits')
export class EnvironmentLimitsController {
  constructor(private readonly limits: EnvironmentLimitsService) {}

  @Get()
  @Roles(...ANY_ROLE)
  @ApiOperation({
    summary: 'The environment limits of every room',
    description: 'Each measure limited in each room (of `unit`, or the one `roomId`), with its source: the default of the room’s kind of space (published guidance, docs/hygiene.md) or the room’s override, by whom and when.',
  })
  @ApiOkResponse({ type: [RoomLimitView] })
  @ApiBadRequestResponse({ description: 'An unknown unit or room; `issues` names `unit` or `roomId`.' })
  async list(@Query() query: LimitsQueryDto): Promise<RoomLimitView[]> {
    return (await this.limits.effective(query)).map((entry) => RoomLimitView.of(entry));
  }

  @Put(':roomId/:measure')
  @Roles('infection_control', 'admin')
  @ApiOperation({
    summary: 'Override a room’s limit for a measure of its air',
    description: 'The range replaces the default’s (a bound left out is no bound); timing left out is the default’s. The environment alarms judge the next reading by it.',
  })
  @ApiOkResponse({ type: RoomLimitView })
  @ApiBadRequestResponse({ description: 'A field is malformed, min and max are both missing, min is not below max by twice the clear margin, or timing is missing where the room has no default; `issues` names the field.' })
  @ApiForbiddenResponse({ description: 'Only infection control and admins set limits.' })
  @ApiNotFoundResponse({ description: 'No room has this id.' })
  async set(@Param() { roomId, measure }: LimitPathDto, @Body() body: LimitOverrideDto, @RequestActor() actor: Actor): Promise<RoomLimitView> {
    return RoomLimitView.of(await this.limits.set(roomId, measure, body, actor.label));
  }

  @Delete(':roomId/:measure')
  @HttpCode(204)
  @Roles('infection_control', 'admin')
  @ApiOperation({ summary: 'Remove a room’s override: the default judges its air again' })
  @ApiNoContentResponse({ description: 'Removed.' })
  @ApiForbiddenResponse({ description: 'Only infection control and admins set limits.' })
  @ApiNotFoundResponse({ description: 'No such room, or it has no override for the measure.' })
  async remove(@Param() { roomId, measure }: LimitPathDto): Promise<void> {
    await this.limits.remove(roomId, measure);
  }
}
