import type { HttpTestingController } from '@angular/common/http/testing';
import type {
  Asset,
  AssetPosition,
  AssetUtilization,
  EquipmentType,
  LocatedAsset,
  PmDue,
  TypeUtilization,
  UtilizationFigures,
} from '../app/core/api/equipment.models';
import { SITES, floorDetail, room } from './fixtures';

export const EQUIPMENT_TYPES: EquipmentType[] = [
  { code: 'infusion_pump', name: 'Infusion pump', missingAfterMinutes: 60 },
  { code: 'ventilator', name: 'Ventilator', missingAfterMinutes: 30 },
  { code: 'wheelchair', name: 'Wheelchair', missingAfterMinutes: 240 },
];

export function position(overrides: Partial<AssetPosition> = {}): AssetPosition {
  return {
    floorId: 'main-1',
    roomId: 'main-1-101',
    roomName: 'Room 101',
    unit: 'Ward 1',
    x: 2,
    y: 1.5,
    confidence: 0.9,
    positionAt: '2026-03-02T09:00:00.000Z',
    lastSeenAt: '2026-03-02T09:00:00.000Z',
    fresh: true,
    ...overrides,
  };
}

export function asset(overrides: Partial<Asset> & Pick<Asset, 'id'>): Asset {
  const number = String(overrides.id).padStart(4, '0');
  return {
    assetTag: `EQ-${number}`,
    name: `Infusion pump ${overrides.id}`,
    typeCode: 'infusion_pump',
    manufacturer: 'BD',
    model: 'Alaris GP',
    serial: `SN${number}`,
    homeUnit: 'Ward 1',
    status: 'available',
    nextStatuses: ['in_use', 'soiled', 'maintenance', 'missing', 'retired'],
    hygiene: { soiled: false, since: null, reason: null, cleanedBy: null, changedBy: null, note: null },
    pmDueDate: '2026-06-30',
    tagId: `ibeacon:5a1e0d7c-93b4-4f6e-8c21-d0a9e7b3f415:1:${overrides.id}`,
    tagPairedAt: '2026-01-05T09:00:00.000Z',
    notes: null,
    createdAt: '2026-01-05T09:00:00.000Z',
    updatedAt: '2026-01-05T09:00:00.000Z',
    position: null,
    ...overrides,
  };
}

/** An asset placed on a floor (main-1 by default). */
export function locatedAsset(overrides: Partial<Asset> & Pick<Asset, 'id'>, where: Partial<AssetPosition> = {}): LocatedAsset {
  return { ...asset(overrides), position: position(where) };
}

export const UNITS = ['Emergency department', 'Intensive care unit', 'Ward 1'];

/** Answers what SitePlacesService reads: the sites, then every floor for its units. */
export function serveSitePlaces(backend: HttpTestingController): void {
  backend.expectOne('/api/floorplan/sites').flush(SITES);
  backend.expectOne('/api/floorplan/floors/main-0').flush(floorDetail('main-0', [room({ id: 'main-0-ed', unit: 'Emergency department' })]));
  backend
    .expectOne('/api/floorplan/floors/main-1')
    .flush(floorDetail('main-1', [room({ id: 'main-1-101', unit: 'Ward 1' }), room({ id: 'main-1-icu', unit: 'Intensive care unit' }), room({ id: 'main-1-c', unit: null })]));
}

const HOUR = 3600;

/** A week's figures: 60 h used, 40 h idle, 68 h out of service (in maintenance); 0.6 utilization. */
export function utilizationFigures(overrides: Partial<UtilizationFigures> = {}): UtilizationFigures {
  return {
    utilization: 0.6,
    usedSeconds: 60 * HOUR,
    idleSeconds: 40 * HOUR,
    outOfServiceSeconds: 68 * HOUR,
    patientCareSeconds: 50 * HOUR,
    locatedSeconds: 160 * HOUR,
    registeredSeconds: 168 * HOUR,
    statusSeconds: { available: 70 * HOUR, in_use: 30 * HOUR, soiled: 0, cleaning: 0, maintenance: 68 * HOUR, missing: 0, retired: 0 },
    ...overrides,
  };
}

export const UTILIZATION_RANGE = { from: '2026-03-01T09:00:00.000Z', to: '2026-03-08T09:00:00.000Z' };

export function assetUtilization(assetId: number, overrides: Partial<AssetUtilization> = {}): AssetUtilization {
  return { ...utilizationFigures(), assetId, assetTag: `EQ-${String(assetId).padStart(4, '0')}`, ...UTILIZATION_RANGE, ...overrides };
}

/** A type's figures (as given; the server sums them) with its assets. */
export function typeUtilization(typeCode: string, assets: AssetUtilization[], overrides: Partial<UtilizationFigures> = {}): TypeUtilization {
  return { ...utilizationFigures(overrides), typeCode, ...UTILIZATION_RANGE, assets };
}

export function pmDue(assetId: number, pmDueDate: string, daysUntilDue: number, overrides: Partial<Asset> = {}): PmDue {
  return { asset: asset({ id: assetId, pmDueDate, ...overrides }), pmDueDate, daysUntilDue, overdue: daysUntilDue < 0 };
}
