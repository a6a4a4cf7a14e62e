import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../platform/auth/auth.decorators.js';
import type { Principal } from '../platform/auth/principal.js';
import { ANY_ROLE, type Role } from '../platform/auth/role.js';
import { DiscrepanciesService } from './discrepancies.service.js';
import {
  AddBinDto,
  AddDrawerDto,
  BinEntryDto,
  BinLevelsDto,
  BinQueryDto,
  CabinetIdParams,
  CreateItemDto,
  ExpiryQueryDto,
  NumericIdParams,
  PickListQueryDto,
  RegisterCabinetDto,
  ledgerEntryOf,
} from './inventory.dto.js';
import { InventoryLedgerService } from './inventory-ledger.service.js';
import { InventorySetupService } from './inventory-setup.service.js';
import { InventoryStockService, type BinFilter } from './inventory-stock.service.js';
import {
  BinEntryResultView,
  BinView,
  CabinetDetailView,
  CabinetStockView,
  CabinetView,
  DrawerView,
  ExpiringLotView,
  ItemView,
  LedgerEntryView,
  PickStopView,
} from './inventory.views.js';

/** Who changes inventory: pharmacy, and admins. Everyone signed in reads levels. */
export const INVENTORY_WRITERS: readonly Role[] = ['admin', 'pharmacy'];

/** The signed-in user's name, for the ledger (only users reach these routes). */
export function userNameOf(principal: Principal | undefined): string {
  return principal?.kind === 'user' ? principal.username : 'unknown';
}

function filterOf(query: BinQueryDto): BinFilter {
  return { cabinetId: query.cabinet, unit: query.unit, status: query.status, controlled: query.controlled, search: query.search };
}

@ApiTags('inventory')
@ApiCookieAuth()
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'Writes: admin and pharmacy only.' })
@Controller('api/inventory')
export class InventoryController {
  constructor(
    private readonly setup: InventorySetupService,
    private readonly stock: InventoryStockService,
    private readonly ledger: InventoryLedgerService,
    private readonly discrepancies: DiscrepanciesService,
  ) {}

  @Get('items')
  @Roles(...ANY_ROLE)
  @ApiOkResponse({ type: [ItemView], description: 'The formulary: medications and supplies, by name.' })
  async listItems(): Promise<ItemView[]> {
    return (await this.setup.listItems()).map((item) => ItemView.of(item));
  }

  @Post('items')
  @Roles(...INVENTORY_WRITERS)
  @ApiCreatedResponse({ type: ItemView })
  @ApiBadRequestResponse({ description: '`issues` names the field.' })
  @ApiConflictResponse({ description: 'The code is taken (issue on `code`).' })
  async createItem(@Body() body: CreateItemDto): Promise<ItemView> {
    return ItemView.of(await this.setup.createItem({ ...body }));
  }

  @Get('cabinets')
  @Roles(...ANY_ROLE)
  @ApiOkResponse({ type: [CabinetStockView], description: 'Every cabinet with its bins by status, the most urgent one (map badge) and its fill level.' })
  async listCabinets(): Promise<CabinetStockView[]> {
    return (await this.stock.cabinetStock(await this.discrepancies.openCountsByCabinet())).map((stock) => CabinetStockView.ofStock(stock));
  }

  @Post('cabinets')
  @Roles(...INVENTORY_WRITERS)
  @ApiCreatedResponse({ type: CabinetView })
  @ApiBadRequestResponse({ description: 'Not a placed medication_cabinet device (issue on `deviceId`).' })
  @ApiConflictResponse({ description: 'Registered already.' })
  async registerCabinet(@Body() body: RegisterCabinetDto): Promise<CabinetView> {
    return CabinetView.of(await this.setup.registerCabinet(body.deviceId, body.kind));
  }

  @Get('cabinets/:id')
  @Roles(...ANY_ROLE)
  @ApiOkResponse({ type: CabinetDetailView })
  @ApiNotFoundResponse({ description: 'No such cabinet.' })
  async cabinet(@Param() { id }: CabinetIdParams): Promise<CabinetDetailView> {
    const cabinet = await this.setup.cabinet(id);
    const [drawers, bins] = await Promise.all([this.setup.drawersOf([id]), this.stock.binStock({ cabinetId: id })]);
    return Object.assign(new CabinetDetailView(), CabinetView.of(cabinet), {
      drawers: drawers.map((drawer) => DrawerView.of(drawer)),
      bins: bins.map((bin) => BinView.of(bin)),
    });
  }

  @Post('cabinets/:id/drawers')
  @Roles(...INVENTORY_WRITERS)
  @ApiCreatedResponse({ type: DrawerView })
  @ApiConflictResponse({ description: 'The cabinet has a drawer with this label.' })
  async addDrawer(@Param() { id }: CabinetIdParams, @Body() body: AddDrawerDto): Promise<DrawerView> {
    return DrawerView.of(await this.setup.addDrawer(id, body.label, body.position));
  }

  @Get('bins')
  @Roles(...ANY_ROLE)
  @ApiOkResponse({ type: [BinView], description: 'Bins with level, status, days of supply and lots; filters combine.' })
  async listBins(@Query() query: BinQueryDto): Promise<BinView[]> {
    return (await this.stock.binStock(filterOf(query))).map((bin) => BinView.of(bin));
  }

  @Post('bins')
  @Roles(...INVENTORY_WRITERS)
  @ApiCreatedResponse({ type: BinView, description: 'An empty bin; stock arrives by restocks.' })
  @ApiBadRequestResponse({ description: 'Unknown drawer or item, or levels out of order (reorderPoint < par ≤ maximum); `issues` names the field.' })
  async addBin(@Body() body: AddBinDto): Promise<BinView> {
    const bin = await this.setup.addBin(body);
    return BinView.of(await this.stock.oneBin(bin.id));
  }

  @Get('bins/:id')
  @Roles(...ANY_ROLE)
  @ApiOkResponse({ type: BinView })
  @ApiNotFoundResponse({ description: 'No such bin.' })
  async bin(@Param() { id }: NumericIdParams): Promise<BinView> {
    return BinView.of(await this.stock.oneBin(id));
  }

  @Patch('bins/:id')
  @Roles(...INVENTORY_WRITERS)
  @ApiOkResponse({ type: BinView, description: 'New par, reorder point and maximum.' })
  @ApiBadRequestResponse({ description: 'Levels out of order; `issues` names the field.' })
  async setLevels(@Param() { id }: NumericIdParams, @Body() body: BinLevelsDto): Promise<BinView> {
    await this.setup.setLevels(id, body);
    return BinView.of(await this.stock.oneBin(id));
  }

  @Get('bins/:id/ledger')
  @Roles(...ANY_ROLE)
  @ApiOkResponse({ type: [LedgerEntryView], description: 'The bin’s ledger, latest first (at most 500 entries).' })
  async binLedger(@Param() { id }: NumericIdParams): Promise<LedgerEntryView[]> {
    return (await this.stock.ledger(id, 500)).map((entry) => LedgerEntryView.of(entry));
  }

  @Post('bins/:id/entries')
  @Roles(...INVENTORY_WRITERS)
  @ApiCreatedResponse({ type: BinEntryResultView, description: 'Appended to the ledger as the signed-in user; a count that differs from the expected one opens a discrepancy.' })
  @ApiBadRequestResponse({ description: '`issues` names the field (a restock without lot, a controlled waste without witness, …).' })
  async addEntry(@Param() { id }: NumericIdParams, @Body() body: BinEntryDto, @CurrentPrincipal() principal: Principal | undefined): Promise<BinEntryResultView> {
    await this.stock.oneBin(id);
    const now = new Date();
    const result = await this.ledger.record([{ binId: id, field: '', binField: 'id', entry: ledgerEntryOf(body, userNameOf(principal), now.getTime()) }], {
      source: 'user',
      cabinetId: null,
      now,
    });
    return {
      bin: BinView.of(await this.stock.oneBin(id)),
      entry: LedgerEntryView.of(result.entries[0]),
      discrepancyId: result.discrepancies[0]?.id ?? null,
    };
  }

  @Get('expiry')
  @Roles(...ANY_ROLE)
  @ApiOkResponse({ type: [ExpiringLotView], description: 'Lots expired or expiring within the days given (buckets 30/60/90), soonest first.' })
  async expiry(@Query() query: ExpiryQueryDto): Promise<ExpiringLotView[]> {
    return (await this.stock.expiring(query.withinDays, filterOf(query))).map((lot) => ExpiringLotView.of(lot));
  }

  @Get('pick-list')
  @Roles(...ANY_ROLE)
  @ApiOkResponse({ type: [PickStopView], description: 'What to bring to reach par and expired lots to pull, per cabinet in walking-route order.' })
  async pickList(@Query() query: PickListQueryDto): Promise<PickStopView[]> {
    const { stops, stock } = await this.stock.pickList({ cabinetId: query.cabinet, unit: query.unit }, query.route);
    return stops.map((stop) => PickStopView.of(stop, stock));
  }
}
