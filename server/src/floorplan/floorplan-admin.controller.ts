import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiCookieAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RequestActor, type Actor } from '../platform/audit/request-actor.decorator.js';
import { Roles } from '../platform/auth/auth.decorators.js';
import { FloorImportResultView, FloorPlanInvalidView, ImportFloorPlanDto } from './import-floor-plan.dto.js';
import { FloorplanImportService } from './import/floorplan-import.service.js';

@ApiTags('admin')
@ApiCookieAuth()
@ApiBearerAuth()
@Roles('admin')
@Controller('api/admin/floorplans')
export class FloorplanAdminController {
  constructor(private readonly importer: FloorplanImportService) {}

  /** Adds or replaces one floor; re-importing an unchanged plan changes nothing. */
  @Post('import')
  @HttpCode(200)
  @ApiOkResponse({ type: FloorImportResultView })
  @ApiBadRequestResponse({ type: FloorPlanInvalidView, description: 'The plan or its drawing breaks the format; every issue is listed. Nothing was written.' })
  @ApiConflictResponse({ type: FloorPlanInvalidView, description: 'An id or level belongs to another stored floor. Nothing was written.' })
  importFloor(@Body() body: ImportFloorPlanDto, @RequestActor() actor: Actor): Promise<FloorImportResultView> {
    return this.importer.importFloor(body.floor, body.svg, actor);
  }
}
