import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiCookieAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../platform/auth/auth.decorators.js';
import { ANY_ROLE } from '../platform/auth/role.js';
import { NotFoundError } from '../platform/http/domain-error.js';
import { TagNotLocatedError } from './location-errors.js';
import { LocationService } from './location.service.js';
import { LocationStatsView, TagHistoryView, TagPositionView } from './location.views.js';
import { TagHistoryQueryDto } from './tag-history-query.dto.js';

/** Where tags are and were. Positions are read-only data every signed-in role may see. */
@ApiTags('location')
@ApiCookieAuth()
@ApiBearerAuth()
@Controller('api/location')
export class LocationController {
  constructor(private readonly location: LocationService) {}

  @Get('tags/:tagId')
  @Roles(...ANY_ROLE)
  @ApiOkResponse({ type: TagPositionView })
  @ApiNotFoundResponse({ description: 'The tag is not tracked or not yet placed.' })
  position(@Param('tagId') tagId: string): TagPositionView {
    const position = this.location.positionOf(tagId);
    if (!position) throw new TagNotLocatedError(tagId);
    return TagPositionView.of(position);
  }

  @Get('tags/:tagId/history')
  @Roles(...ANY_ROLE)
  @ApiOkResponse({ type: TagHistoryView, description: 'Room transitions entered within [from, to] (and the one in effect at from) and the current position.' })
  @ApiBadRequestResponse({ description: 'from or to missing, not a date-time with a zone, or the range is reversed or longer than 31 days; `issues` names the field.' })
  async history(@Param('tagId') tagId: string, @Query() query: TagHistoryQueryDto): Promise<TagHistoryView> {
    return TagHistoryView.of(await this.location.history(tagId, Date.parse(query.from), Date.parse(query.to)));
  }

  @Get('floors/:floorId/tags')
  @Roles(...ANY_ROLE)
  @ApiOkResponse({ type: [TagPositionView], description: 'Every placed tag on the floor, for the map.' })
  @ApiNotFoundResponse({ description: 'No floor has this id.' })
  onFloor(@Param('floorId') floorId: string): TagPositionView[] {
    const positions = this.location.positionsOnFloor(floorId);
    if (!positions) throw new NotFoundError('Floor', floorId);
    return positions.map((position) => TagPositionView.of(position));
  }

  @Get('stats')
  @Roles('admin', 'biomed')
  @ApiOkResponse({ type: LocationStatsView, description: 'Engine counters, site model size and the write queue.' })
  @ApiForbiddenResponse({ description: 'Only admin and biomed.' })
  stats(): LocationStatsView {
    return LocationStatsView.of(this.location.stats());
  }
}
