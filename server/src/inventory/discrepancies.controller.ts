import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiCookieAuth, ApiForbiddenResponse, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { RequestActor, type Actor } from '../platform/audit/request-actor.decorator.js';
import { CurrentPrincipal, Roles } from '../platform/auth/auth.decorators.js';
import type { Principal } from '../platform/auth/principal.js';
import { ANY_ROLE } from '../platform/auth/role.js';
import { DiscrepanciesService } from './discrepancies.service.js';
import { INVENTORY_WRITERS } from './inventory.controller.js';
import { DiscrepancyQueryDto, NumericIdParams, ResolveDiscrepancyDto } from './inventory.dto.js';
import { InventoryStockService } from './inventory-stock.service.js';
import { DiscrepancyView } from './inventory.views.js';

@ApiTags('inventory')
@ApiCookieAuth()
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'Resolving: admin and pharmacy only (controlled items: pharmacy).' })
@Controller('api/inventory/discrepancies')
export class DiscrepanciesController {
  constructor(
    private readonly discrepancies: DiscrepanciesService,
    private readonly stock: InventoryStockService,
  ) {}

  @Get()
  @Roles(...ANY_ROLE)
  @ApiOkResponse({ type: [DiscrepancyView], description: 'Open ones by deadline (most urgent first), or resolved ones latest first.' })
  async list(@Query() query: DiscrepancyQueryDto): Promise<DiscrepancyView[]> {
    const [found, stock] = await Promise.all([this.discrepancies.list(query.state, query.cabinet), this.stock.binStock({ cabinetId: query.cabinet })]);
    const byBin = new Map(stock.map((entry) => [entry.bin.id, entry]));
    const now = Date.now();
    return found.map((discrepancy) => DiscrepancyView.of(discrepancy, byBin.get(discrepancy.binId), now));
  }

  @Post(':id/resolve')
  @HttpCode(200)
  @Roles(...INVENTORY_WRITERS)
  @ApiOkResponse({ type: DiscrepancyView })
  @ApiBadRequestResponse({
    description:
      'A rule refuses: no reason; for a controlled item a resolver who is not pharmacy, no witness, a witness who is not a second pharmacy user, or wrong witness credentials. `issues` names `reason`, `resolver`, `witnessUsername` or `witnessPassword`.',
  })
  @ApiConflictResponse({ description: 'Resolved already.' })
  @ApiTooManyRequestsResponse({ description: 'Too many failed witness sign-ins.' })
  async resolve(
    @Param() { id }: NumericIdParams,
    @Body() body: ResolveDiscrepancyDto,
    @CurrentPrincipal() principal: Principal | undefined,
    @RequestActor() actor: Actor,
  ): Promise<DiscrepancyView> {
    if (principal?.kind !== 'user') throw new Error('only users reach this route');
    const resolved = await this.discrepancies.resolve(id, principal, body, actor.ip);
    const stock = await this.stock.oneBin(resolved.binId).catch(() => undefined);
    return DiscrepancyView.of(resolved, stock, Date.now());
  }
}
