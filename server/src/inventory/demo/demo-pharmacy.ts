/**
 * St Mary's pharmacy for demo mode: the formulary, what each of the eight medication cabinets of the
 * floor plans (`medication_cabinet` devices, floorplans/st-marys) holds and at what levels, and the
 * stock it starts with: mostly near par, one stock-out, one bin below its reorder point, lots expiring
 * within 30/60/90 days and one expired lot still in a bin. Pure data.
 */
import type { CabinetKind } from '../entities/cabinet.entity.js';
import type { ItemKind } from '../entities/item.entity.js';
import type { ControlledSchedule } from '../ledger/controlled-substances.js';

export interface DemoItem {
  code: string;
  kind: ItemKind;
  name: string;
  strength: string | null;
  form: string | null;
  controlledSchedule: ControlledSchedule | null;
  unitOfIssue: string;
}

const med = (code: string, name: string, strength: string, form: string, unitOfIssue: string, controlledSchedule: ControlledSchedule | null = null): DemoItem => ({
  code,
  kind: 'medication',
  name,
  strength,
  form,
  controlledSchedule,
  unitOfIssue,
});
const supply = (code: string, name: string, unitOfIssue: string): DemoItem => ({ code, kind: 'supply', name, strength: null, form: null, controlledSchedule: null, unitOfIssue });

export const DEMO_FORMULARY: readonly DemoItem[] = [
  med('MOR10INJ', 'Morphine sulfate', '10 mg/mL', 'ampoule', 'ampoule', 'II'),
  med('HYD2INJ', 'Hydromorphone', '2 mg/mL', 'ampoule', 'ampoule', 'II'),
  med('FEN100INJ', 'Fentanyl citrate', '100 mcg/2 mL', 'ampoule', 'ampoule', 'II'),
  med('OXY5TAB', 'Oxycodone', '5 mg', 'tablet', 'tablet', 'II'),
  med('MID5INJ', 'Midazolam', '5 mg/5 mL', 'ampoule', 'ampoule', 'IV'),
  med('LOR4INJ', 'Lorazepam', '4 mg/mL', 'ampoule', 'ampoule', 'IV'),
  med('KET200INJ', 'Ketamine', '200 mg/20 mL', 'vial', 'vial', 'III'),
  med('ONDA4INJ', 'Ondansetron', '4 mg/2 mL', 'ampoule', 'ampoule'),
  med('CEFT1G', 'Ceftriaxone', '1 g', 'vial', 'vial'),
  med('ENOX40', 'Enoxaparin', '40 mg/0.4 mL', 'prefilled syringe', 'syringe'),
  med('FURO20INJ', 'Furosemide', '20 mg/2 mL', 'ampoule', 'ampoule'),
  med('ADR1INJ', 'Adrenaline (epinephrine)', '1 mg/mL', 'ampoule', 'ampoule'),
  med('NALOX04', 'Naloxone', '400 mcg/mL', 'ampoule', 'ampoule'),
  med('PARA500', 'Paracetamol', '500 mg', 'tablet', 'tablet'),
  med('IBU400', 'Ibuprofen', '400 mg', 'tablet', 'tablet'),
  med('AMOX500', 'Amoxicillin', '500 mg', 'capsule', 'capsule'),
  med('METO10INJ', 'Metoclopramide', '10 mg/2 mL', 'ampoule', 'ampoule'),
  med('NACL10', 'Sodium chloride 0.9% flush', '10 mL', 'prefilled syringe', 'syringe'),
  supply('CANN20G', 'IV cannula 20 G', 'each'),
  supply('SYR10', 'Syringe 10 mL', 'each'),
  supply('SWAB', 'Alcohol swab', 'box of 100'),
  supply('GAUZE', 'Gauze swab 10 × 10 cm', 'pack of 5'),
];

/** A bin of the template: drawer, label, item, and par/reorder/maximum for a ward cabinet. */
interface TemplateBin {
  drawer: string;
  label: string;
  itemCode: string;
  par: number;
  reorderPoint: number;
  maximum: number;
}

const bin = (drawer: string, label: string, itemCode: string, par: number, reorderPoint: number, maximum: number): TemplateBin => ({ drawer, label, itemCode, par, reorderPoint, maximum });

/** Drawers top to bottom: controlled substances in lidded pockets on top, as ADCs keep them. */
export const DEMO_DRAWERS = ['Drawer 1 (controlled)', 'Drawer 2 (injectables)', 'Drawer 3 (oral)', 'Drawer 4 (supplies)'] as const;
const [CONTROLLED, INJECTABLES, ORAL, SUPPLIES] = DEMO_DRAWERS;

const WARD_TEMPLATE: readonly TemplateBin[] = [
  bin(CONTROLLED, 'A1', 'MOR10INJ', 10, 3, 12),
  bin(CONTROLLED, 'A2', 'HYD2INJ', 6, 2, 8),
  bin(CONTROLLED, 'A3', 'OXY5TAB', 20, 6, 30),
  bin(CONTROLLED, 'A4', 'MID5INJ', 6, 2, 8),
  bin(CONTROLLED, 'A5', 'LOR4INJ', 4, 1, 6),
  bin(INJECTABLES, 'B1', 'ONDA4INJ', 12, 4, 16),
  bin(INJECTABLES, 'B2', 'CEFT1G', 10, 3, 14),
  bin(INJECTABLES, 'B3', 'ENOX40', 15, 5, 20),
  bin(INJECTABLES, 'B4', 'FURO20INJ', 10, 3, 14),
  bin(INJECTABLES, 'B5', 'ADR1INJ', 4, 2, 6),
  bin(INJECTABLES, 'B6', 'NALOX04', 4, 2, 6),
  bin(INJECTABLES, 'B7', 'METO10INJ', 8, 3, 12),
  bin(ORAL, 'C1', 'PARA500', 60, 20, 80),
  bin(ORAL, 'C2', 'IBU400', 30, 10, 40),
  bin(ORAL, 'C3', 'AMOX500', 30, 10, 40),
  bin(SUPPLIES, 'D1', 'NACL10', 40, 12, 60),
  bin(SUPPLIES, 'D2', 'CANN20G', 20, 6, 30),
  bin(SUPPLIES, 'D3', 'SYR10', 40, 12, 60),
  bin(SUPPLIES, 'D4', 'SWAB', 4, 1, 6),
  bin(SUPPLIES, 'D5', 'GAUZE', 10, 3, 15),
];

/** ED and ICU add what they use most: fentanyl and ketamine for procedures and intubation. */
const ACUTE_EXTRA: readonly TemplateBin[] = [bin(CONTROLLED, 'A6', 'FEN100INJ', 8, 3, 10), bin(CONTROLLED, 'A7', 'KET200INJ', 3, 1, 4)];

export interface DemoCabinet {
  id: string;
  kind: CabinetKind;
  /** Units withdrawn per hour at the busiest time of day (docs/inventory.md, demo). */
  peakWithdrawalsPerHour: number;
  bins: readonly TemplateBin[];
}

/** Pharmacy's own shelves hold three times a ward's par: they restock the wards. */
const scaled = (bins: readonly TemplateBin[], factor: number) =>
  bins.map((b) => ({ ...b, par: b.par * factor, reorderPoint: b.reorderPoint * factor, maximum: b.maximum * factor }));

export const DEMO_CABINETS: readonly DemoCabinet[] = [
  { id: 'main-0-cab-001', kind: 'automated_dispensing_cabinet', peakWithdrawalsPerHour: 14, bins: [...WARD_TEMPLATE, ...ACUTE_EXTRA] },
  { id: 'main-0-cab-002', kind: 'automated_dispensing_cabinet', peakWithdrawalsPerHour: 10, bins: [...WARD_TEMPLATE, ...ACUTE_EXTRA] },
  { id: 'main-0-cab-003', kind: 'smart_shelf', peakWithdrawalsPerHour: 2, bins: scaled(WARD_TEMPLATE, 3) },
  { id: 'main-0-cab-004', kind: 'smart_shelf', peakWithdrawalsPerHour: 2, bins: scaled([...WARD_TEMPLATE, ...ACUTE_EXTRA].filter((b) => b.drawer === CONTROLLED), 3) },
  { id: 'main-1-cab-001', kind: 'automated_dispensing_cabinet', peakWithdrawalsPerHour: 12, bins: [...WARD_TEMPLATE, ...ACUTE_EXTRA] },
  { id: 'main-1-cab-002', kind: 'automated_dispensing_cabinet', peakWithdrawalsPerHour: 8, bins: [...WARD_TEMPLATE, ...ACUTE_EXTRA] },
  { id: 'main-1-cab-003', kind: 'automated_dispensing_cabinet', peakWithdrawalsPerHour: 9, bins: WARD_TEMPLATE },
  { id: 'main-1-cab-004', kind: 'automated_dispensing_cabinet', peakWithdrawalsPerHour: 9, bins: WARD_TEMPLATE },
];

/**
 * The demo's starting stock where it is not "near par": what a pharmacist should find on opening the
 * demo. `expiresInDays` negative is an expired lot still in the bin.
 */
export interface DemoStockException {
  cabinetId: string;
  itemCode: string;
  onHand: number;
  expiresInDays?: number;
}

export const DEMO_STOCK_EXCEPTIONS: readonly DemoStockException[] = [
  // ED nurse station: ondansetron ran out in the night.
  { cabinetId: 'main-0-cab-001', itemCode: 'ONDA4INJ', onHand: 0 },
  // ICU medication room: naloxone down to its reorder point.
  { cabinetId: 'main-1-cab-002', itemCode: 'NALOX04', onHand: 2 },
  // ICU nurse station: an expired lorazepam lot nobody pulled (controlled, schedule IV).
  { cabinetId: 'main-1-cab-001', itemCode: 'LOR4INJ', onHand: 3, expiresInDays: -4 },
  // Lots expiring soon: within 30, 60 and 90 days.
  { cabinetId: 'main-1-cab-003', itemCode: 'MID5INJ', onHand: 5, expiresInDays: 12 },
  { cabinetId: 'main-0-cab-002', itemCode: 'ADR1INJ', onHand: 4, expiresInDays: 25 },
  { cabinetId: 'main-1-cab-004', itemCode: 'CEFT1G', onHand: 9, expiresInDays: 47 },
  { cabinetId: 'main-0-cab-003', itemCode: 'ENOX40', onHand: 40, expiresInDays: 80 },
];

/** Where the demo's controlled-substance discrepancy is: a morphine ampoule the ICU nurse-station cabinet cannot account for. */
export const DEMO_DISCREPANCY = { cabinetId: 'main-1-cab-001', itemCode: 'MOR10INJ' } as const;
