import type { Bin, CabinetStock, Discrepancy, PickStop } from '../app/core/api/inventory.models';

export const ICU_CABINET: CabinetStock = {
  id: 'main-1-cab-001',
  name: 'Medication cabinet, ICU nurse station',
  kind: 'automated_dispensing_cabinet',
  floorId: 'main-1',
  roomId: 'main-1-icu-nurse-station',
  unit: 'Intensive care unit',
  bins: 2,
  byStatus: { stock_out: 1, below_reorder: 0, below_par: 1, ok: 0, overstock: 0 },
  worst: 'stock_out',
  fill: 0.35,
  openDiscrepancies: 1,
};

export const WARD_CABINET: CabinetStock = {
  ...ICU_CABINET,
  id: 'main-1-cab-003',
  name: 'Medication cabinet, Med room 1',
  roomId: 'main-1-ward-medication-1',
  unit: 'Medical ward',
  byStatus: { stock_out: 0, below_reorder: 0, below_par: 0, ok: 2, overstock: 0 },
  worst: 'ok',
  fill: 1,
  openDiscrepancies: 0,
};

export function bin(id: number, overrides: Partial<Bin> = {}): Bin {
  return {
    id,
    cabinetId: ICU_CABINET.id,
    cabinetName: ICU_CABINET.name,
    unit: ICU_CABINET.unit,
    drawerId: 1,
    location: `Drawer 1 (controlled) / A${id}`,
    label: `A${id}`,
    item: {
      id: 1,
      code: 'MOR10INJ',
      kind: 'medication',
      name: 'Morphine sulfate',
      strength: '10 mg/mL',
      form: 'ampoule',
      controlledSchedule: 'II',
      unitOfIssue: 'ampoule',
      description: 'Morphine sulfate 10 mg/mL ampoule',
    },
    controlled: true,
    par: 10,
    reorderPoint: 3,
    maximum: 12,
    expected: 6,
    status: 'below_par',
    daysOfSupply: 1.5,
    expiredUnits: 0,
    lots: [{ lotNumber: 'MOR270001', expiry: '2027-06-30', quantity: 6 }],
    lastCount: 6,
    lastCountAt: '2026-11-26T08:00:00.000Z',
    ...overrides,
  };
}

export const MORPHINE_DISCREPANCY: Discrepancy = {
  id: 7,
  binId: 1,
  cabinetId: ICU_CABINET.id,
  cabinetName: ICU_CABINET.name,
  location: 'Drawer 1 (controlled) / A1',
  itemName: 'Morphine sulfate 10 mg/mL ampoule',
  controlled: true,
  expected: 7,
  counted: 6,
  delta: -1,
  method: 'sensor',
  detectedAt: '2026-11-26T07:00:00.000Z',
  deadlineAt: '2026-11-26T19:00:00.000Z',
  overdue: false,
  resolvedAt: null,
  resolvedBy: null,
  witnessedBy: null,
  reason: null,
};

export const PICK_LIST: PickStop[] = [
  {
    cabinetId: ICU_CABINET.id,
    cabinetName: ICU_CABINET.name,
    floorId: 'main-1',
    roomId: ICU_CABINET.roomId,
    lines: [
      { binId: 1, location: 'Drawer 1 (controlled) / A1', itemCode: 'LOR4INJ', itemName: 'Lorazepam 4 mg/mL ampoule', controlled: true, expected: 3, par: 4, bring: 4, pull: [{ lotNumber: 'LOR260001', expiry: '2026-11-22', quantity: 3 }] },
      { binId: 2, location: 'Drawer 2 (injectables) / B1', itemCode: 'ONDA4INJ', itemName: 'Ondansetron 4 mg/2 mL ampoule', controlled: false, expected: 0, par: 12, bring: 12, pull: [] },
    ],
  },
];
