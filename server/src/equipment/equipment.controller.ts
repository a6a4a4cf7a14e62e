import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiCookieAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../platform/auth/auth.decorators.js';
import { ANY_ROLE } from '../platform/auth/role.js';
import { AssetHistoryService } from './asset-history.service.js';
import { AssetHygieneService } from './asset-hygiene.service.js';
import { EQUIPMENT_WRITERS } from './assets.controller.js';
import { NearestQueryDto, PmDueQueryDto, ReplaceParLevelsDto, UnpairedTagsQueryDto, UtilizationQueryDto, timeWindowOf } from './equipment-queries.dto.js';
import { EquipmentTypesService } from './equipment-types.service.js';
import { EquipmentTypeView, NearestView, ParLevelView, PmDueView, TypeUtilizationView, UnpairedTagView } from './equipment.views.js';
import { NearestEquipmentService } from './nearest-equipment.service.js';
import { ParLevelsService } from './par-levels.service.js';
import { PmDueService } from './pm-due.service.js';
import { UnpairedTagsService } from './unpaired-tags.service.js';

@ApiTags('equipment')
@ApiCookieAuth()
@ApiBearerAuth()
@Controller('api/equipment')
export class EquipmentController {
  constructor(
    private readonly types: EquipmentTypesService,
    private readonly nearestEquipment: NearestEquipmentService,
    private readonly history: AssetHistoryService,
    private readonly unpaired: UnpairedTagsService,
    private readonly parLevels: ParLevelsService,
    private readonly maintenance: PmDueService,
    private readonly hygiene: AssetHygieneService,
  ) {}

  @Get('types')
  @Roles(...ANY_ROLE)
  @ApiOkResponse({ type: [EquipmentTypeView] })
  async listTypes(): Promise<EquipmentTypeView[]> {
    return (await this.types.list()).map((type) => EquipmentTypeView.of(type));
  }

  @Get('nearest')
  @Roles(...ANY_ROLE)
  @ApiOkResponse({ type: NearestView, description: 'Available assets of the type by walking time from the room (doors, corridors, elevators).' })
  @ApiBadRequestResponse({ description: 'Unknown type or room; `issues` names `type` or `room`.' })
  async nearest(@Query() query: NearestQueryDto): Promise<NearestView> {
    return NearestView.of(await this.nearestEquipment.nearest(query.type, query.room, query.limit, Date.now()));
  }

  @Get('utilization')
  @Roles(...ANY_ROLE)
  @ApiOkResponse({ type: [TypeUtilizationView], description: 'Per type, each with its assets, over the range (a week to now by default, at most 92 days).' })
  async utilization(@Query() query: UtilizationQueryDto): Promise<TypeUtilizationView[]> {
    const window = timeWindowOf(query, Date.now());
    return (await this.history.forTypes(query.type, window, Date.now())).map((entry) => TypeUtilizationView.ofType(entry, window));
  }

  @Get('unpaired-tags')
  @Roles(...ANY_ROLE)
  @ApiOkResponse({ type: [UnpairedTagView], description: 'Tags heard recently that no asset has, most recently heard first.' })
  async unpairedTags(@Query() query: UnpairedTagsQueryDto): Promise<UnpairedTagView[]> {
    return (await this.unpaired.list(Date.now() - query.withinMinutes * 60_000)).map((tag) => UnpairedTagView.of(tag));
  }

  @Get('par-levels')
  @Roles(...ANY_ROLE)
  @ApiOkResponse({ type: [ParLevelView], description: 'Every PAR level with the available count now.' })
  async listParLevels(): Promise<ParLevelView[]> {
    return (await this.parLevels.list()).map((count) => ParLevelView.of(count));
  }

  @Put('par-levels')
  @Roles(...EQUIPMENT_WRITERS)
  @ApiOkResponse({ type: [ParLevelView], description: 'Replaces every level; answers the new list with counts.' })
  @ApiBadRequestResponse({ description: 'Unknown unit or type, or a unit and type twice; `issues` names `levels[i].…`.' })
  async replaceParLevels(@Body() body: ReplaceParLevelsDto): Promise<ParLevelView[]> {
    return (await this.parLevels.replace(body.levels)).map((count) => ParLevelView.of(count));
  }

  @Get('pm-due')
  @Roles(...ANY_ROLE)
  @ApiOkResponse({ type: [PmDueView], description: 'Assets in service whose preventive maintenance is overdue or due within the days given.' })
  async pmDue(@Query() query: PmDueQueryDto): Promise<PmDueView[]> {
    const due = await this.maintenance.pmDue(query.withinDays);
    const hygiene = await this.hygiene.of(due.map(({ asset }) => asset.id));
    return due.map((entry) => PmDueView.of(entry, hygiene.get(entry.asset.id)));
  }
}
