import { Injectable } from '@nestjs/common';
import { DiscrepanciesService } from '../../inventory/discrepancies.service.js';
import {
  INVENTORY_BELOW_REORDER,
  INVENTORY_DISCREPANCY_OVERDUE,
  INVENTORY_LOT_EXPIRED,
  INVENTORY_LOT_EXPIRING,
  INVENTORY_STOCK_OUT,
} from '../../inventory/inventory-alert-kinds.js';
import { InventoryStockService, describeItem, type BinStock } from '../../inventory/inventory-stock.service.js';
import type { AlertCondition } from '../alert-condition.js';
import {
  LOT_EXPIRING_ALERT_DAYS,
  belowReorderConditions,
  discrepancyOverdueConditions,
  lotExpiredConditions,
  lotExpiringConditions,
  stockOutConditions,
  type BinLevel,
  type LotExpiry,
} from '../checks/inventory.check.js';
import type { ScheduledCheck } from './scheduled-check.js';

/** `Medication cabinet, ICU nurse station – Drawer 1 / A1`. */
function placeOf(stock: BinStock): string {
  return `${stock.cabinet.name} – ${stock.location}`;
}

/** What the inventory's bins say, in the checks' terms. */
async function binLevels(stock: InventoryStockService, now: Date): Promise<BinLevel[]> {
  return (await stock.binStock({}, now.getTime())).map((entry) => ({
    binId: entry.bin.id,
    itemName: describeItem(entry.item),
    place: placeOf(entry),
    controlled: entry.controlled,
    status: entry.status,
    expected: entry.bin.expected,
    reorderPoint: entry.bin.reorderPoint,
    par: entry.bin.par,
    floorId: entry.cabinet.floorId,
    roomId: entry.cabinet.roomId,
  }));
}

/** Lots expired or expiring within the alert window (calendar days at the site). */
async function lotExpiries(stock: InventoryStockService, now: Date): Promise<LotExpiry[]> {
  return (await stock.expiring(LOT_EXPIRING_ALERT_DAYS, {}, now.getTime())).map((lot) => ({
    binId: lot.where.bin.id,
    lotNumber: lot.lotNumber,
    expiry: lot.expiry as string,
    quantity: lot.quantity,
    daysLeft: lot.daysLeft,
    itemName: describeItem(lot.where.item),
    place: placeOf(lot.where),
    floorId: lot.where.cabinet.floorId,
    roomId: lot.where.cabinet.roomId,
  }));
}

@Injectable()
export class StockOutCheck implements ScheduledCheck {
  readonly kind = INVENTORY_STOCK_OUT;
  constructor(private readonly stock: InventoryStockService) {}
  async evaluate(now: Date): Promise<AlertCondition[]> {
    return stockOutConditions(await binLevels(this.stock, now));
  }
}

@Injectable()
export class BelowReorderCheck implements ScheduledCheck {
  readonly kind = INVENTORY_BELOW_REORDER;
  constructor(private readonly stock: InventoryStockService) {}
  async evaluate(now: Date): Promise<AlertCondition[]> {
    return belowReorderConditions(await binLevels(this.stock, now));
  }
}

@Injectable()
export class LotExpiringCheck implements ScheduledCheck {
  readonly kind = INVENTORY_LOT_EXPIRING;
  constructor(private readonly stock: InventoryStockService) {}
  async evaluate(now: Date): Promise<AlertCondition[]> {
    return lotExpiringConditions(await lotExpiries(this.stock, now));
  }
}

@Injectable()
export class LotExpiredCheck implements ScheduledCheck {
  readonly kind = INVENTORY_LOT_EXPIRED;
  constructor(private readonly stock: InventoryStockService) {}
  async evaluate(now: Date): Promise<AlertCondition[]> {
    return lotExpiredConditions(await lotExpiries(this.stock, now));
  }
}

/** The inventory's unresolved discrepancies past their deadline (ledger/controlled-substances.ts sets it when found). */
@Injectable()
export class DiscrepancyOverdueCheck implements ScheduledCheck {
  readonly kind = INVENTORY_DISCREPANCY_OVERDUE;
  constructor(
    private readonly discrepancies: DiscrepanciesService,
    private readonly stock: InventoryStockService,
  ) {}
  async evaluate(now: Date): Promise<AlertCondition[]> {
    const open = await this.discrepancies.unresolved();
    if (open.length === 0) return [];
    const bins = new Map((await this.stock.binStock({}, now.getTime())).map((entry) => [entry.bin.id, entry]));
    return discrepancyOverdueConditions(
      open.map((discrepancy) => {
        const where = bins.get(discrepancy.binId);
        return {
          id: discrepancy.id,
          controlled: discrepancy.controlled,
          delta: discrepancy.delta,
          itemName: where === undefined ? `bin ${discrepancy.binId}` : describeItem(where.item),
          place: where === undefined ? discrepancy.cabinetId : placeOf(where),
          deadlineAt: discrepancy.deadlineAt,
          floorId: where?.cabinet.floorId ?? '',
          roomId: where?.cabinet.roomId ?? null,
        };
      }),
      now,
    );
  }
}
