import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiCookieAuth, ApiCreatedResponse, ApiForbiddenResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../platform/auth/auth.decorators.js';
import type { Principal } from '../platform/auth/principal.js';
import { ANY_ROLE } from '../platform/auth/role.js';
import { CountSessionsService } from './count-sessions.service.js';
import { INVENTORY_WRITERS, userNameOf } from './inventory.controller.js';
import { NumericIdParams, SessionCountsDto, StartCountSessionDto } from './inventory.dto.js';
import { CountSessionView } from './inventory.views.js';

@ApiTags('inventory')
@ApiCookieAuth()
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'Writes: admin and pharmacy only.' })
@Controller('api/inventory/count-sessions')
export class CountSessionsController {
  constructor(private readonly sessions: CountSessionsService) {}

  @Get()
  @Roles(...ANY_ROLE)
  @ApiOkResponse({ type: [CountSessionView], description: 'Sessions, latest first (history kept).' })
  async list(): Promise<CountSessionView[]> {
    return (await this.sessions.list()).map((session) => CountSessionView.of(session));
  }

  @Post()
  @Roles(...INVENTORY_WRITERS)
  @ApiCreatedResponse({ type: CountSessionView })
  @ApiBadRequestResponse({ description: 'No cabinets, unknown cabinets, or a unit without cabinets; `issues` names `cabinetIds[i]` or `unit`.' })
  async start(@Body() body: StartCountSessionDto, @CurrentPrincipal() principal: Principal | undefined): Promise<CountSessionView> {
    const session = await this.sessions.start(body, userNameOf(principal));
    return CountSessionView.of(session, await this.sessions.reconciliation(session));
  }

  @Get(':id')
  @Roles(...ANY_ROLE)
  @ApiOkResponse({ type: CountSessionView, description: 'With its reconciliation against the expected counts.' })
  async get(@Param() { id }: NumericIdParams): Promise<CountSessionView> {
    const session = await this.sessions.get(id);
    return CountSessionView.of(session, await this.sessions.reconciliation(session));
  }

  @Post(':id/counts')
  @HttpCode(200)
  @Roles(...INVENTORY_WRITERS)
  @ApiOkResponse({ type: CountSessionView, description: 'Counts recorded in the ledger (a mismatch opens a discrepancy); the reconciliation now.' })
  @ApiBadRequestResponse({ description: 'A bin outside the session (issue on `counts[i].binId`).' })
  @ApiConflictResponse({ description: 'The session is signed off.' })
  async addCounts(@Param() { id }: NumericIdParams, @Body() body: SessionCountsDto, @CurrentPrincipal() principal: Principal | undefined): Promise<CountSessionView> {
    await this.sessions.addCounts(id, body.counts, userNameOf(principal));
    const session = await this.sessions.get(id);
    return CountSessionView.of(session, await this.sessions.reconciliation(session));
  }

  @Post(':id/sign-off')
  @HttpCode(200)
  @Roles(...INVENTORY_WRITERS)
  @ApiOkResponse({ type: CountSessionView, description: 'Signed off; the reconciliation is kept as it stands.' })
  @ApiConflictResponse({ description: 'Bins not counted yet (issue on `counts`), or signed off already.' })
  async signOff(@Param() { id }: NumericIdParams, @CurrentPrincipal() principal: Principal | undefined): Promise<CountSessionView> {
    const session = await this.sessions.signOff(id, userNameOf(principal));
    return CountSessionView.of(session, session.reconciliation ?? undefined);
  }
}
