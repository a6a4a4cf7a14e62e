import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, MoreThanOrEqual, type Repository } from 'typeorm';
import { SiteLayoutService } from '../equipment/site-layout.service.js';
import { NotFoundError } from '../platform/http/domain-error.js';
import { dateIn } from '../platform/time/calendar-date.js';
import { InventoryBin } from './entities/bin.entity.js';
import { InventoryCabinet } from './entities/cabinet.entity.js';
import { InventoryDrawer } from './entities/drawer.entity.js';
import { InventoryItem } from './entities/item.entity.js';
import { InventoryLedgerEntry } from './entities/ledger-entry.entity.js';
import { InventoryLot } from './entities/lot.entity.js';
import { binStatus, daysOfSupply, type BinStatus, type UsageWindow } from './ledger/bin-status.js';
import { isControlled } from './ledger/controlled-substances.js';
import { expiredUnits, expiringLots, type ExpiringLot } from './ledger/expiry.js';
import type { LotBalance } from './ledger/lot-balances.js';
import { pickList, type PickStop } from './ledger/pick-list.js';

/** Days of supply are computed from the use over this many days. */
export const USAGE_WINDOW_DAYS = 7;
const DAY_MS = 86_400_000;

/** A bin with everything the screens and checks show: where, what, how many, and its status. */
export interface BinStock {
  bin: InventoryBin;
  cabinet: InventoryCabinet;
  drawer: InventoryDrawer;
  item: InventoryItem;
  controlled: boolean;
  lots: LotBalance[];
  status: BinStatus;
  expiredUnits: number;
  daysOfSupply: number | null;
  /** `Drawer 2 / A3`. */
  location: string;
}

export interface BinFilter {
  cabinetId?: string;
  unit?: string;
  status?: BinStatus;
  controlled?: boolean;
  /** Matches item code or name, any case. */
  search?: string;
}

export interface CabinetStock {
  cabinet: InventoryCabinet;
  bins: number;
  byStatus: Record<BinStatus, number>;
  /** The most urgent bin status in the cabinet: the map badge. */
  worst: BinStatus | null;
  /** Units on hand over units at par, 0–1+ (the fill gauge). */
  fill: number;
  openDiscrepancies: number;
}

const URGENCY: readonly BinStatus[] = ['stock_out', 'below_reorder', 'below_par', 'overstock', 'ok'];

/** Where stock stands, read from the bins' ledger state; the pure rules (ledger/) decide status, expiry and the pick list. */
@Injectable()
export class InventoryStockService {
  constructor(
    @InjectRepository(InventoryCabinet) private readonly cabinets: Repository<InventoryCabinet>,
    @InjectRepository(InventoryDrawer) private readonly drawers: Repository<InventoryDrawer>,
    @InjectRepository(InventoryBin) private readonly bins: Repository<InventoryBin>,
    @InjectRepository(InventoryItem) private readonly items: Repository<InventoryItem>,
    @InjectRepository(InventoryLot) private readonly lots: Repository<InventoryLot>,
    @InjectRepository(InventoryLedgerEntry) private readonly entries: Repository<InventoryLedgerEntry>,
    private readonly layouts: SiteLayoutService,
  ) {}

  /** Today's date at the site, for expiry. */
  async today(now: number): Promise<string> {
    return dateIn((await this.layouts.current(now)).timezone, now);
  }

  /** Every bin matching the filter, by cabinet, drawer and bin. */
  async binStock(filter: BinFilter = {}, now = Date.now()): Promise<BinStock[]> {
    const cabinets = await this.cabinets.find({ where: { ...(filter.cabinetId ? { id: filter.cabinetId } : {}), ...(filter.unit ? { unit: filter.unit } : {}) } });
    if (cabinets.length === 0) return [];
    const cabinetIds = cabinets.map((cabinet) => cabinet.id);
    const [drawers, bins, items, today] = await Promise.all([
      this.drawers.findBy({ cabinetId: In(cabinetIds) }),
      this.bins.findBy({ cabinetId: In(cabinetIds) }),
      this.items.find(),
      this.today(now),
    ]);
    const binIds = bins.map((bin) => bin.id);
    const [lots, usage] = await Promise.all([
      binIds.length === 0 ? [] : this.lots.findBy({ binId: In(binIds) }),
      this.usage(binIds, now),
    ]);
    const cabinetsById = new Map(cabinets.map((c) => [c.id, c]));
    const drawersById = new Map(drawers.map((d) => [d.id, d]));
    const itemsById = new Map(items.map((i) => [i.id, i]));
    const search = filter.search?.toLowerCase();
    const stock = bins.flatMap((bin): BinStock[] => {
      const item = itemsById.get(bin.itemId) as InventoryItem;
      const drawer = drawersById.get(bin.drawerId) as InventoryDrawer;
      const controlled = isControlled(item.controlledSchedule);
      const binLots = lots.filter((lot) => lot.binId === bin.id).map(({ lotNumber, expiry, quantity }) => ({ lotNumber, expiry, quantity }));
      const status = binStatus(bin.expected, bin);
      if (filter.status !== undefined && status !== filter.status) return [];
      if (filter.controlled !== undefined && controlled !== filter.controlled) return [];
      if (search !== undefined && !item.code.toLowerCase().includes(search) && !item.name.toLowerCase().includes(search)) return [];
      return [
        {
          bin,
          cabinet: cabinetsById.get(bin.cabinetId) as InventoryCabinet,
          drawer,
          item,
          controlled,
          lots: binLots,
          status,
          expiredUnits: expiredUnits(binLots, today),
          daysOfSupply: daysOfSupply(bin.expected, usage.get(bin.id) ?? { withdrawn: 0, wasted: 0, returned: 0, days: USAGE_WINDOW_DAYS }),
          location: `${drawer.label} / ${bin.label}`,
        },
      ];
    });
    return stock.sort((a, b) => a.cabinet.id.localeCompare(b.cabinet.id) || a.drawer.position - b.drawer.position || a.bin.label.localeCompare(b.bin.label, 'en', { numeric: true }));
  }

  /** Per cabinet: bins by status, the most urgent, the fill level, open discrepancies (counted by the caller). */
  async cabinetStock(openDiscrepancies: ReadonlyMap<string, number>, now = Date.now()): Promise<CabinetStock[]> {
    const [cabinets, stock] = await Promise.all([this.cabinets.find({ order: { floorId: 'ASC', id: 'ASC' } }), this.binStock({}, now)]);
    return cabinets.map((cabinet) => {
      const bins = stock.filter((entry) => entry.cabinet.id === cabinet.id);
      const byStatus = Object.fromEntries(URGENCY.map((status) => [status, bins.filter((entry) => entry.status === status).length])) as Record<BinStatus, number>;
      const par = bins.reduce((sum, entry) => sum + entry.bin.par, 0);
      const onHand = bins.reduce((sum, entry) => sum + Math.max(0, entry.bin.expected), 0);
      return {
        cabinet,
        bins: bins.length,
        byStatus,
        worst: URGENCY.find((status) => byStatus[status] > 0) ?? null,
        fill: par === 0 ? 0 : Math.round((onHand / par) * 100) / 100,
        openDiscrepancies: openDiscrepancies.get(cabinet.id) ?? 0,
      };
    });
  }

  /** Lots expired or expiring within `withinDays`, soonest first, with their bins. */
  async expiring(withinDays: number, filter: BinFilter = {}, now = Date.now()): Promise<Array<ExpiringLot<BinStock>>> {
    const [stock, today] = await Promise.all([this.binStock(filter, now), this.today(now)]);
    return expiringLots(
      stock.flatMap((entry) => entry.lots.map((lot) => ({ ...lot, where: entry }))),
      today,
      withinDays,
    );
  }

  /**
   * The restock pick list for the filter's cabinets, in the order of `route` (cabinet ids, the walking route);
   * without a route, by floor, then room, then id.
   */
  async pickList(filter: BinFilter, route: readonly string[] | undefined, now = Date.now()): Promise<{ stops: PickStop[]; stock: Map<number, BinStock> }> {
    const [stock, today] = await Promise.all([this.binStock(filter, now), this.today(now)]);
    const cabinets = [...new Map(stock.map((entry) => [entry.cabinet.id, entry.cabinet])).values()];
    const walk =
      route ??
      cabinets
        .sort((a, b) => a.floorId.localeCompare(b.floorId) || (a.roomId ?? '').localeCompare(b.roomId ?? '') || a.id.localeCompare(b.id))
        .map((cabinet) => cabinet.id);
    const stops = pickList(
      stock.map((entry) => ({
        binId: entry.bin.id,
        cabinetId: entry.cabinet.id,
        location: entry.location,
        itemCode: entry.item.code,
        itemName: describeItem(entry.item),
        par: entry.bin.par,
        reorderPoint: entry.bin.reorderPoint,
        maximum: entry.bin.maximum,
        expected: entry.bin.expected,
        lots: entry.lots,
      })),
      walk,
      today,
    );
    return { stops, stock: new Map(stock.map((entry) => [entry.bin.id, entry])) };
  }

  /** A bin's ledger, latest entry first. */
  async ledger(binId: number, limit: number): Promise<InventoryLedgerEntry[]> {
    if (!(await this.bins.existsBy({ id: binId }))) throw new NotFoundError('Bin', binId);
    return this.entries.find({ where: { binId }, order: { id: 'DESC' }, take: limit });
  }

  /** One bin's stock; 404 when there is no such bin. */
  async oneBin(binId: number, now = Date.now()): Promise<BinStock> {
    const bin = await this.bins.findOneBy({ id: binId });
    const found = bin === null ? undefined : (await this.binStock({ cabinetId: bin.cabinetId }, now)).find((entry) => entry.bin.id === binId);
    if (found === undefined) throw new NotFoundError('Bin', binId);
    return found;
  }

  /**
   * Units withdrawn, wasted and returned per bin over the usage window, and the days it covers: the whole
   * window, or the time since the bin's first entry when that is later (a new bin's rate is not diluted
   * by days it did not exist).
   */
  private async usage(binIds: readonly number[], now: number): Promise<Map<number, UsageWindow>> {
    const usage = new Map<number, UsageWindow>();
    if (binIds.length === 0) return usage;
    const windowStart = now - USAGE_WINDOW_DAYS * DAY_MS;
    const [rows, firsts] = await Promise.all([
      this.entries.find({
        select: { binId: true, kind: true, quantity: true },
        where: { binId: In([...binIds]), occurredAt: MoreThanOrEqual(new Date(windowStart)), kind: In(['withdraw', 'waste', 'return']) },
      }),
      this.entries
        .createQueryBuilder('entry')
        .select('entry.binId', 'binId')
        .addSelect('MIN(entry.occurredAt)', 'firstAt')
        .where('entry.binId IN (:...binIds)', { binIds: [...binIds] })
        .groupBy('entry.binId')
        .getRawMany<{ binId: number; firstAt: Date | string }>(),
    ]);
    const firstAt = new Map(firsts.map((row) => [Number(row.binId), instantOf(row.firstAt)]));
    for (const row of rows) {
      const window = usage.get(row.binId) ?? { withdrawn: 0, wasted: 0, returned: 0, days: USAGE_WINDOW_DAYS };
      if (row.kind === 'withdraw') window.withdrawn += row.quantity ?? 0;
      else if (row.kind === 'waste') window.wasted += row.quantity ?? 0;
      else window.returned += row.quantity ?? 0;
      usage.set(row.binId, window);
    }
    for (const [binId, window] of usage) {
      const first = firstAt.get(binId) ?? windowStart;
      // At least an hour, so a bin's first minutes do not extrapolate to absurd rates.
      if (first > windowStart) window.days = Math.max(1 / 24, (now - first) / DAY_MS);
    }
    return usage;
  }
}

/** A raw datetime as the drivers answer it: a Date (mysql2) or `YYYY-MM-DD HH:MM:SS.SSS` in UTC (TypeORM's SQLite). */
function instantOf(value: Date | string): number {
  return value instanceof Date ? value.getTime() : Date.parse(`${value.replace(' ', 'T')}Z`);
}

/** `Morphine 2 mg/mL ampoule`. */
export function describeItem(item: Pick<InventoryItem, 'name' | 'strength' | 'form'>): string {
  return [item.name, item.strength, item.form].filter((part) => part !== null && part !== '').join(' ');
}
