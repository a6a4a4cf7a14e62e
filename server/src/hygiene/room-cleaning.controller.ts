import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../platform/auth/auth.decorators.js';
import { ANY_ROLE } from '../platform/auth/role.js';
import type { UserPrincipal } from '../platform/auth/session-authenticator.js';
import { RoomEventDto } from './room-cleaning.dto.js';
import { RoomCleaningService } from './room-cleaning.service.js';
import { RoomCleaningView } from './room-cleaning.views.js';

@ApiTags('hygiene')
@Controller('api/hygiene/rooms')
export class RoomCleaningController {
  constructor(private readonly rooms: RoomCleaningService) {}

  @Get('cleaning')
  @Roles(...ANY_ROLE)
  @ApiOperation({ summary: 'The room cleaning board', description: 'Every patient-care room (patient rooms, ICU and ED bays, operating rooms, imaging) with its cleaning state, when the next clean is due and whether it is overdue. Rules: docs/hygiene.md.' })
  @ApiOkResponse({ type: [RoomCleaningView] })
  async board(): Promise<RoomCleaningView[]> {
    return (await this.rooms.board()).map((entry) => RoomCleaningView.of(entry));
  }

  @Post(':roomId/events')
  @Roles('infection_control', 'admin')
  @ApiOperation({
    summary: 'Record a room event: discharge, isolation started or ended, a clean started or completed, a verification',
    description: 'A discharge or the end of isolation requires a terminal clean (due within 2 h). Cleans and verifications from devices arrive through the hygiene ingest instead.',
  })
  @ApiCreatedResponse({ type: RoomCleaningView, description: 'The room’s state after the event.' })
  @ApiBadRequestResponse({ description: 'A field is missing or malformed (kind for cleans, method and passed for verifications), or the time is in the future; `issues` names it.' })
  @ApiForbiddenResponse({ description: 'Only infection control and admins record room events.' })
  @ApiNotFoundResponse({ description: 'No room has this id.' })
  async record(@Param('roomId') roomId: string, @Body() event: RoomEventDto, @CurrentPrincipal() user: UserPrincipal): Promise<RoomCleaningView> {
    return RoomCleaningView.of(await this.rooms.record(roomId, event, user.username));
  }
}
