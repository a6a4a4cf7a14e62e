import type { HttpTestingController } from '@angular/common/http/testing';
import type { ComplianceReport, EnvironmentSensor, Excursion, RoomCleaning, SensorLimit } from '../app/core/api/hygiene.models';
import type { PlacedDevice } from '../app/core/api/floorplan.models';
import { SITES, floorDetail, room } from './fixtures';

export function roomCleaning(overrides: Partial<RoomCleaning> & Pick<RoomCleaning, 'roomId'>): RoomCleaning {
  return {
    roomName: overrides.roomId,
    floorId: 'main-1',
    unit: 'Medical ward',
    state: 'clean',
    terminalRequired: false,
    isolation: false,
    lastCleanedAt: '2026-11-26T07:00:00.000Z',
    lastTerminalCleanAt: null,
    dueBy: '2026-11-27T07:00:00.000Z',
    overdue: false,
    lastVerification: null,
    ...overrides,
  };
}

export function excursion(overrides: Partial<Excursion> = {}): Excursion {
  return {
    id: 1,
    deviceId: 'main-1-env-001',
    measure: 'temperature',
    roomId: 'main-1-101',
    roomName: 'Room 101',
    unit: 'Ward 1',
    spaceKind: 'medication_fridge',
    limitMin: 2,
    limitMax: 8,
    direction: 'high',
    startedAt: '2026-11-25T10:00:00.000Z',
    alarmedAt: '2026-11-25T10:15:00.000Z',
    endedAt: '2026-11-25T10:40:00.000Z',
    durationMinutes: 40,
    worstValue: 11.24,
    worstAt: '2026-11-25T10:30:00.000Z',
    acknowledgedAt: '2026-11-25T10:20:00.000Z',
    escalatedAt: null,
    alertId: 7,
    correctiveNote: 'Door left ajar; stock checked',
    resolvedBy: 'infection',
    ...overrides,
  };
}

/** A medication fridge's default limit (2–8 °C), or another limit from it. */
export function sensorLimit(overrides: Partial<SensorLimit> = {}): SensorLimit {
  return {
    min: 2,
    max: 8,
    clearMargin: 0.5,
    startDelayMs: 900_000,
    escalateAfterMs: 1_800_000,
    source: 'default',
    guidance: 'WHO storage guidelines, CDC vaccine storage toolkit',
    setBy: null,
    setAt: null,
    ...overrides,
  };
}

const ROOM_101 = { id: 'main-1-101', name: 'Room 101', unit: 'Ward 1' };

/**
 * `GET /api/hygiene/environment/sensors` as the environment tab reads it: in Ward 1's Room 101 a fridge
 * probe (2–8 °C) and a room-air sensor (patient room: 21–24 °C by default, humidity overridden, particles
 * not limited); in the emergency department a general-air CO₂ sensor.
 */
export function environmentSensors(): EnvironmentSensor[] {
  const roomAir = { clearMargin: 0.5, startDelayMs: 1_800_000, escalateAfterMs: 3_600_000, guidance: 'ASHRAE 170' };
  return [
    { id: 'main-0-env-001', name: 'ED air', room: { id: 'main-0-ed', name: 'ED majors', unit: 'Emergency department' }, floorId: 'main-0', spaceKind: 'general', measures: [{ measure: 'co2', limit: sensorLimit({ min: null, max: 1000, clearMargin: 50, guidance: 'general comfort and ventilation (ASHRAE 62.1 rationale for CO₂)' }) }] },
    { id: 'main-1-env-001', name: 'Med fridge 1', room: ROOM_101, floorId: 'main-1', spaceKind: 'medication_fridge', measures: [{ measure: 'temperature', limit: sensorLimit() }] },
    {
      id: 'main-1-env-002',
      name: 'Environment, Room 101',
      room: ROOM_101,
      floorId: 'main-1',
      spaceKind: 'patient_room',
      measures: [
        { measure: 'temperature', limit: sensorLimit({ min: 21, max: 24, ...roomAir }) },
        { measure: 'humidity', limit: sensorLimit({ min: null, max: 55, ...roomAir, clearMargin: 2, source: 'override', guidance: null, setBy: 'user:iris', setAt: '2026-11-25T09:30:00.000Z' }) },
        { measure: 'particles', limit: null },
      ],
    },
  ];
}

/** A week of compliance by unit: 45 opportunities, 18 met (12 by badge). */
export function complianceReport(overrides: Partial<ComplianceReport> = {}): ComplianceReport {
  return {
    from: '2026-11-20T00:00:00.000Z',
    to: '2026-11-26T09:30:00.000Z',
    unit: null,
    timeZone: 'Europe/London',
    by: 'unit',
    rules: {
      standard: { entry: { beforeMs: 120_000, afterMs: 60_000 }, exit: { beforeMs: 60_000, afterMs: 120_000 } },
      isolation: { entry: { beforeMs: 300_000, afterMs: 0 }, exit: { beforeMs: 0, afterMs: 120_000 } },
      minimumStayMs: 30_000,
    },
    total: { opportunities: 45, met: 18, metByBadge: 12, compliance: 0.4, activations: 31 },
    groups: [
      { key: 'Ward 1', label: 'Ward 1', opportunities: 40, met: 18, metByBadge: 12, compliance: 0.45 },
      { key: 'Intensive care unit', label: 'Intensive care unit', opportunities: 5, met: 0, metByBadge: 0, compliance: 0 },
      { key: 'Emergency department', label: 'Emergency department', opportunities: 0, met: 0, metByBadge: 0, compliance: null },
    ],
    trend: [
      { day: '2026-11-25', opportunities: 20, met: 9, metByBadge: 6, compliance: 0.45 },
      { day: '2026-11-26', opportunities: 0, met: 0, metByBadge: 0, compliance: null },
    ],
    ...overrides,
  };
}

const SENSOR: PlacedDevice = { id: 'main-1-env-001', deviceType: 'environment_sensor', name: 'Med fridge 1', roomId: 'main-1-101', x: 1, y: 1 };
const ROOM_SENSOR: PlacedDevice = { id: 'main-1-env-002', deviceType: 'environment_sensor', name: 'Environment, Room 101', roomId: 'main-1-101', x: 3, y: 1 };
const DISPENSER: PlacedDevice = { id: 'main-1-hh-001', deviceType: 'hand_hygiene_dispenser', name: 'Dispenser 1', roomId: 'main-1-101', x: 2, y: 1 };

/** The floor plans' places as the hygiene filters read them: units Emergency department, Ward 1; two sensors in Room 101, one named for it. */
export function serveHygienePlaces(backend: HttpTestingController): void {
  backend.expectOne('/api/floorplan/sites').flush(SITES);
  backend.expectOne('/api/floorplan/floors/main-1').flush({ ...floorDetail('main-1', [room({ id: 'main-1-101', name: 'Room 101', unit: 'Ward 1' })]), devices: [SENSOR, DISPENSER, ROOM_SENSOR] });
  backend.expectOne('/api/floorplan/floors/main-0').flush(floorDetail('main-0', [room({ id: 'main-0-ed', unit: 'Emergency department' })]));
}
