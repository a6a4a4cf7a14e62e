/**
 * St Mary's equipment fleet for demo mode: one list, read by the equipment seeder (the registry) and
 * by the simulator (which broadcasts an iBeacon for each tag). Pure data, no I/O.
 *
 * Tags: the simulator's proximity UUID, major 1 (equipment), minor = the asset's number, so
 * `EQ-0042` is `ibeacon:<uuid>:1:42` on the air and in the registry.
 * Home units are the units named on St Mary's floor plans (floorplans/st-marys).
 */
import { iBeaconTagId } from '../../../../libs/beacon/index.js';
import { IBEACON_MAJOR_BY_KIND, SIMULATED_SITE_UUID } from '../../simulator/beacon/tag-identity.js';
import type { AssetStatus } from '../domain/asset-status.js';
import type { ParLevelRule } from '../domain/par-levels.js';

export const DEMO_FLEET_UUID = SIMULATED_SITE_UUID;
export const DEMO_FLEET_MAJOR = IBEACON_MAJOR_BY_KIND.equipment;

export const ED = 'Emergency department';
export const ICU = 'Intensive care unit';
export const WARD = 'Medical ward';
export const RADIOLOGY = 'Radiology';
export const OUTPATIENTS = 'Outpatients';
export const BIOMED = 'Biomedical engineering';

export interface DemoAsset {
  /** 1, 2, … : the asset number and the tag's iBeacon minor. */
  number: number;
  assetTag: string;
  tagId: string;
  name: string;
  typeCode: string;
  manufacturer: string;
  model: string;
  serial: string;
  homeUnit: string;
  status: AssetStatus;
  /** Preventive maintenance due this many days after the demo is seeded (negative: overdue). */
  pmDueInDays: number;
}

interface FleetLine {
  typeCode: string;
  name: string;
  makes: ReadonlyArray<readonly [manufacturer: string, model: string, serialPrefix: string]>;
  /** How many of the type each unit holds. */
  units: Readonly<Partial<Record<string, number>>>;
}

const FLEET: readonly FleetLine[] = [
  { typeCode: 'infusion_pump', name: 'Infusion pump', makes: [['BD', 'Alaris GP', 'GP'], ['B. Braun', 'Infusomat Space', 'IS']], units: { [ICU]: 12, [WARD]: 10, [ED]: 6, [BIOMED]: 2 } },
  { typeCode: 'syringe_driver', name: 'Syringe driver', makes: [['BD', 'Alaris CC', 'CC'], ['B. Braun', 'Perfusor Space', 'PS']], units: { [ICU]: 6, [WARD]: 4, [ED]: 2 } },
  { typeCode: 'ventilator', name: 'Ventilator', makes: [['Hamilton Medical', 'HAMILTON-C6', 'C6'], ['Dräger', 'Evita V800', 'EV']], units: { [ICU]: 7, [ED]: 1 } },
  { typeCode: 'patient_monitor', name: 'Patient monitor', makes: [['Philips', 'IntelliVue MX550', 'MX'], ['GE HealthCare', 'CARESCAPE B450', 'CB']], units: { [ICU]: 12, [ED]: 6, [WARD]: 2 } },
  { typeCode: 'ecg_cart', name: 'ECG cart', makes: [['GE HealthCare', 'MAC 5500 HD', 'MAC']], units: { [ED]: 2, [WARD]: 1, [OUTPATIENTS]: 1 } },
  { typeCode: 'defibrillator', name: 'Defibrillator', makes: [['ZOLL', 'R Series', 'ZR'], ['Philips', 'HeartStart XL+', 'HS']], units: { [ED]: 2, [ICU]: 1, [WARD]: 1, [RADIOLOGY]: 1 } },
  { typeCode: 'wheelchair', name: 'Wheelchair', makes: [['Invacare', 'Action 3', 'A3']], units: { [ED]: 6, [OUTPATIENTS]: 4, [RADIOLOGY]: 3, [WARD]: 3 } },
  { typeCode: 'bed', name: 'Bed', makes: [['Stryker', 'ProCuity', 'PC'], ['Arjo', 'Enterprise 9000', 'E9']], units: { [WARD]: 8, [ED]: 4 } },
  { typeCode: 'bladder_scanner', name: 'Bladder scanner', makes: [['Verathon', 'BladderScan Prime', 'BS']], units: { [WARD]: 2, [ED]: 1 } },
  { typeCode: 'suction_unit', name: 'Suction unit', makes: [['Laerdal', 'LCSU 4', 'LS']], units: { [ICU]: 2, [ED]: 2 } },
  { typeCode: 'enteral_feeding_pump', name: 'Feeding pump', makes: [['Nutricia', 'Flocare Infinity', 'FI']], units: { [WARD]: 3, [ICU]: 1 } },
  { typeCode: 'portable_ultrasound', name: 'Portable ultrasound', makes: [['SonoSite', 'PX', 'PX']], units: { [ED]: 1, [ICU]: 1 } },
  { typeCode: 'patient_hoist', name: 'Patient hoist', makes: [['Arjo', 'Maxi Move', 'MM']], units: { [WARD]: 2 } },
];

/**
 * A realistic spread of statuses, the same on every start: about one in five in use, a few soiled or
 * being cleaned, two in maintenance, one missing. Indexed by the asset's number.
 */
function demoStatus(number: number): AssetStatus {
  if (number === 57) return 'missing';
  if (number === 23 || number === 88) return 'maintenance';
  if (number % 17 === 0) return 'cleaning';
  if (number % 11 === 0) return 'soiled';
  if (number % 5 === 0) return 'in_use';
  return 'available';
}

function buildFleet(): DemoAsset[] {
  const fleet: DemoAsset[] = [];
  for (const line of FLEET) {
    let ofType = 0;
    for (const [homeUnit, count] of Object.entries(line.units)) {
      for (let i = 0; i < (count ?? 0); i++) {
        ofType++;
        const number = fleet.length + 1;
        const [manufacturer, model, serialPrefix] = line.makes[ofType % line.makes.length];
        fleet.push({
          number,
          assetTag: `EQ-${String(number).padStart(4, '0')}`,
          tagId: iBeaconTagId(DEMO_FLEET_UUID, DEMO_FLEET_MAJOR, number),
          name: `${line.name} ${String(ofType).padStart(2, '0')}`,
          typeCode: line.typeCode,
          manufacturer,
          model,
          serial: `${serialPrefix}${String(100_000 + ((number * 7919) % 900_000)).padStart(6, '0')}`,
          homeUnit,
          status: demoStatus(number),
          // Spread over the coming year, a few overdue: (number × 37) mod 400 − 30 days.
          pmDueInDays: ((number * 37) % 400) - 30,
        });
      }
    }
  }
  return fleet;
}

export const DEMO_FLEET: readonly DemoAsset[] = Object.freeze(buildFleet());

/** PAR levels of the demo: the units that run short first (ICU, ED, the ward). */
export const DEMO_PAR_LEVELS: readonly ParLevelRule[] = [
  { unit: ICU, typeCode: 'infusion_pump', minAvailable: 6 },
  { unit: ICU, typeCode: 'syringe_driver', minAvailable: 3 },
  { unit: ICU, typeCode: 'ventilator', minAvailable: 2 },
  { unit: ICU, typeCode: 'patient_monitor', minAvailable: 4 },
  { unit: ED, typeCode: 'infusion_pump', minAvailable: 3 },
  { unit: ED, typeCode: 'patient_monitor', minAvailable: 2 },
  { unit: ED, typeCode: 'wheelchair', minAvailable: 4 },
  { unit: ED, typeCode: 'defibrillator', minAvailable: 1 },
  { unit: WARD, typeCode: 'infusion_pump', minAvailable: 4 },
  { unit: WARD, typeCode: 'bed', minAvailable: 2 },
  { unit: WARD, typeCode: 'wheelchair', minAvailable: 2 },
  { unit: WARD, typeCode: 'bladder_scanner', minAvailable: 1 },
];
