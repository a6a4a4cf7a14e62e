import { Controller, Get, Header, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../platform/auth/auth.decorators.js';
import { ANY_ROLE } from '../platform/auth/role.js';
import { FloorplanQueryService } from './floorplan-query.service.js';
import { FloorDetailView, SiteView } from './floorplan.views.js';

/**
 * Floor plans are rendered in browsers, and SVG can carry script: the drawing is served
 * with a policy that forbids everything except its own inline styles.
 */
const PLAN_CSP = "default-src 'none'; style-src 'unsafe-inline'";

@ApiTags('floorplan')
@ApiCookieAuth()
@ApiBearerAuth()
@Roles(...ANY_ROLE)
@Controller('api/floorplan')
export class FloorplanController {
  constructor(private readonly floorplans: FloorplanQueryService) {}

  @Get('sites')
  @ApiOkResponse({ type: [SiteView], description: 'Every site, its buildings and their floors (lowest level first).' })
  sites(): Promise<SiteView[]> {
    return this.floorplans.siteTree();
  }

  @Get('floors/:floorId')
  @ApiOkResponse({ type: FloorDetailView })
  @ApiNotFoundResponse({ description: 'No floor has this id.' })
  floor(@Param('floorId') floorId: string): Promise<FloorDetailView> {
    return this.floorplans.floorDetail(floorId);
  }

  @Get('floors/:floorId/plan.svg')
  @ApiProduces('image/svg+xml')
  @ApiOkResponse({ description: 'The floor drawing (SVG; viewBox = widthM·pixelsPerMetre × heightM·pixelsPerMetre).' })
  @ApiNotFoundResponse({ description: 'No floor has this id.' })
  @Header('Content-Security-Policy', PLAN_CSP)
  @Header('Cache-Control', 'private, no-cache')
  async plan(@Param('floorId') floorId: string, @Res({ passthrough: true }) response: Response): Promise<string> {
    const drawing = await this.floorplans.drawing(floorId);
    response.type('image/svg+xml').setHeader('ETag', `"${drawing.sha256}"`);
    return drawing.svg;
  }
}
