import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOkResponse, ApiProduces, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { FloorplanQueryService } from '../floorplan/floorplan-query.service.js';
import { CurrentPrincipal, Roles } from '../platform/auth/auth.decorators.js';
import { ANY_ROLE } from '../platform/auth/role.js';
import type { UserPrincipal } from '../platform/auth/session-authenticator.js';
import { InvalidInputError } from '../platform/http/domain-error.js';
import { EventsQueryDto } from './events-query.dto.js';
import { RealtimeHub } from './realtime-hub.service.js';

@ApiTags('realtime')
@ApiCookieAuth()
@ApiBearerAuth()
@Controller('api/events')
export class RealtimeController {
  constructor(
    private readonly hub: RealtimeHub,
    private readonly floorplans: FloorplanQueryService,
  ) {}

  /**
   * The live event stream (server-sent events; use `EventSource('/api/events?floor=…')`). Events:
   * `ready`, `position` (`{ updates: [...] }`, batched, at most one per tag per second), `transition`,
   * `alert` (`{ action, alert }`), `resync` (positions were dropped: reload them) and `session-ended`.
   * See docs/alerts.md, "Live events".
   */
  @Roles(...ANY_ROLE)
  @Get()
  @ApiProduces('text/event-stream')
  @ApiOkResponse({ description: 'An event stream that stays open.' })
  @ApiTooManyRequestsResponse({ description: 'Too many streams open for this user or server.' })
  async events(@Query() query: EventsQueryDto, @CurrentPrincipal() user: UserPrincipal, @Req() request: Request, @Res() response: Response): Promise<void> {
    if (query.floor !== undefined) await this.requireFloor(query.floor);
    this.hub.open(request, response, user, query.floor);
  }

  private async requireFloor(floorId: string): Promise<void> {
    const floors = (await this.floorplans.siteTree()).flatMap((site) => site.buildings.flatMap((building) => building.floors.map((floor) => floor.id)));
    if (!floors.includes(floorId)) throw new InvalidInputError(`Floor ${JSON.stringify(floorId)} does not exist`, [{ field: 'floor', message: 'must be the id of a floor' }]);
  }
}
