import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { RequestActor, type Actor } from '../platform/audit/request-actor.decorator.js';
import { Roles } from '../platform/auth/auth.decorators.js';
import { ANY_ROLE, type Role } from '../platform/auth/role.js';
import { AssetHistoryService } from './asset-history.service.js';
import { AssetHygieneService } from './asset-hygiene.service.js';
import { AssetPositionsService } from './asset-positions.service.js';
import { AssetRegistryService } from './asset-registry.service.js';
import { AssetSearchService } from './asset-search.service.js';
import { AssetIdParams, AssetSearchQueryDto, ChangeStatusDto, CreateAssetDto, MarkCleanedDto, PairTagDto, UpdateAssetDto } from './asset.dto.js';
import type { Asset } from './asset.entity.js';
import { AssetPageView, AssetPositionView, AssetView } from './asset.views.js';
import { TimeRangeQueryDto, timeWindowOf } from './equipment-queries.dto.js';
import { AssetUtilizationView, TrailView } from './equipment.views.js';

/** Who maintains the registry: biomedical engineering, and admins. Everyone signed in reads it. */
export const EQUIPMENT_WRITERS: readonly Role[] = ['admin', 'biomed'];
/** Who records that equipment was cleaned: biomed and infection control (who also audit it), and admins. */
export const EQUIPMENT_CLEANING_RECORDERS: readonly Role[] = ['admin', 'biomed', 'infection_control'];

@ApiTags('equipment')
@ApiCookieAuth()
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'Writes: admin and biomed only (recording a cleaning: infection_control too).' })
@Controller('api/equipment/assets')
export class AssetsController {
  constructor(
    private readonly registry: AssetRegistryService,
    private readonly search: AssetSearchService,
    private readonly history: AssetHistoryService,
    private readonly positions: AssetPositionsService,
    private readonly hygiene: AssetHygieneService,
  ) {}

  @Get()
  @Roles(...ANY_ROLE)
  @ApiOkResponse({ type: AssetPageView, description: 'By asset number; `floor` filters by current position, `soiled` by hygiene.' })
  @ApiBadRequestResponse({ description: 'An unknown type or floor, or a bad page; `issues` names the parameter.' })
  async list(@Query() query: AssetSearchQueryDto): Promise<AssetPageView> {
    const page = await this.search.search(query, Date.now());
    const hygiene = await this.hygiene.of(page.items.map(({ asset }) => asset.id));
    return {
      total: page.total,
      items: page.items.map(({ asset, located }) =>
        AssetView.of(asset, located ? AssetPositionView.of(located.position, located.room, located.fresh) : null, hygiene.get(asset.id)),
      ),
    };
  }

  @Post()
  @Roles(...EQUIPMENT_WRITERS)
  @ApiCreatedResponse({ type: AssetView })
  @ApiBadRequestResponse({ description: 'A field is invalid, or names an unknown type or unit; `issues` names it.' })
  @ApiConflictResponse({ description: 'The asset number is registered, or the tag is paired with another asset (issue on `assetTag` / `tagId`).' })
  async create(@Body() body: CreateAssetDto, @RequestActor() actor: Actor): Promise<AssetView> {
    return this.view(await this.registry.create(body, actor));
  }

  @Get(':id')
  @Roles(...ANY_ROLE)
  @ApiOkResponse({ type: AssetView })
  @ApiNotFoundResponse({ description: 'No asset with this id.' })
  async get(@Param() { id }: AssetIdParams): Promise<AssetView> {
    return this.view(await this.registry.get(id));
  }

  @Patch(':id')
  @Roles(...EQUIPMENT_WRITERS)
  @ApiOkResponse({ type: AssetView })
  @ApiBadRequestResponse({ description: 'A field is invalid (status and tagId have their own routes); `issues` names it.' })
  @ApiConflictResponse({ description: 'The new asset number is taken (issue on `assetTag`).' })
  async update(@Param() { id }: AssetIdParams, @Body() body: UpdateAssetDto): Promise<AssetView> {
    return this.view(await this.registry.update(id, body));
  }

  @Post(':id/status')
  @HttpCode(200)
  @Roles(...EQUIPMENT_WRITERS)
  @ApiOkResponse({ type: AssetView })
  @ApiConflictResponse({ description: 'The change is not allowed from the current status; the issue on `status` lists the allowed ones.' })
  async changeStatus(@Param() { id }: AssetIdParams, @Body() body: ChangeStatusDto, @RequestActor() actor: Actor): Promise<AssetView> {
    return this.view(await this.registry.changeStatus(id, body.status, body.reason ?? null, actor));
  }

  @Post(':id/tag')
  @HttpCode(200)
  @Roles(...EQUIPMENT_WRITERS)
  @ApiOkResponse({ type: AssetView, description: 'Paired (replacing the asset’s previous tag, if any).' })
  @ApiConflictResponse({ description: 'Another asset has this tag (issue on `tagId`).' })
  async pairTag(@Param() { id }: AssetIdParams, @Body() body: PairTagDto): Promise<AssetView> {
    return this.view(await this.registry.pairTag(id, body.tagId));
  }

  @Delete(':id/tag')
  @Roles(...EQUIPMENT_WRITERS)
  @ApiOkResponse({ type: AssetView })
  async unpairTag(@Param() { id }: AssetIdParams): Promise<AssetView> {
    return this.view(await this.registry.unpairTag(id));
  }

  @Post(':id/cleaned')
  @HttpCode(200)
  @Roles(...EQUIPMENT_CLEANING_RECORDERS)
  @ApiOperation({ summary: 'Record that the asset was cleaned: it is no longer soiled (its status is not changed).' })
  @ApiOkResponse({ type: AssetView })
  @ApiBadRequestResponse({ description: 'The note is too long or not text; `issues` names `note`.' })
  @ApiNotFoundResponse({ description: 'No asset with this id.' })
  @ApiForbiddenResponse({ description: 'Only admin, biomed and infection_control record cleanings.' })
  async markCleaned(@Param() { id }: AssetIdParams, @Body() body: MarkCleanedDto, @RequestActor() actor: Actor): Promise<AssetView> {
    await this.hygiene.markCleaned(id, body.note ?? null, actor);
    return this.view(await this.registry.get(id));
  }

  @Get(':id/trail')
  @Roles(...ANY_ROLE)
  @ApiOkResponse({ type: TrailView, description: 'Rooms and status changes over the range (a week to now by default, at most 31 days).' })
  async trail(@Param() { id }: AssetIdParams, @Query() query: TimeRangeQueryDto): Promise<TrailView> {
    const [trail, hygiene] = await Promise.all([this.history.trail(id, timeWindowOf(query, Date.now())), this.hygiene.of([id])]);
    return TrailView.of(trail, hygiene.get(id));
  }

  @Get(':id/utilization')
  @Roles(...ANY_ROLE)
  @ApiOkResponse({ type: AssetUtilizationView, description: 'Over the range (a week to now by default, at most 92 days).' })
  async utilization(@Param() { id }: AssetIdParams, @Query() query: TimeRangeQueryDto): Promise<AssetUtilizationView> {
    const window = timeWindowOf(query, Date.now());
    return AssetUtilizationView.ofAsset(await this.history.forAsset(id, window, Date.now()), window);
  }

  /** The asset as the API shows it, with its current position. */
  private async view(asset: Asset): Promise<AssetView> {
    const [{ located }, hygiene] = await Promise.all([this.positions.locate([asset], Date.now()), this.hygiene.of([asset.id])]);
    const place = located.get(asset.id);
    return AssetView.of(asset, place ? AssetPositionView.of(place.position, place.room, place.fresh) : null, hygiene.get(asset.id));
  }
}
