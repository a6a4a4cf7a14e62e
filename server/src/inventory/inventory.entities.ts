import { InventoryBin } from './entities/bin.entity.js';
import { InventoryCabinetBatch } from './entities/cabinet-batch.entity.js';
import { InventoryCabinet } from './entities/cabinet.entity.js';
import { InventoryCountSession } from './entities/count-session.entity.js';
import { InventoryDiscrepancy } from './entities/discrepancy.entity.js';
import { InventoryDrawer } from './entities/drawer.entity.js';
import { InventoryItem } from './entities/item.entity.js';
import { InventoryLedgerEntry } from './entities/ledger-entry.entity.js';
import { InventoryLot } from './entities/lot.entity.js';

export const INVENTORY_ENTITIES = [
  InventoryCabinet,
  InventoryDrawer,
  InventoryItem,
  InventoryBin,
  InventoryLot,
  InventoryLedgerEntry,
  InventoryDiscrepancy,
  InventoryCountSession,
  InventoryCabinetBatch,
];
