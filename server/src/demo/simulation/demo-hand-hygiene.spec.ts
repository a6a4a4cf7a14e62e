import { loadStMarysFloors } from '../../simulator/testing/st-marys.js';
import { DISPENSE_CHANCE, PERCENT_PER_USE, RefillLevels, demoDispensers, dispenseAtCrossing, visitorDispenses, type DoorCrossing } from './demo-hand-hygiene.js';

const floors = loadStMarysFloors();
const SEED = 9;
const dispensers = demoDispensers(floors, SEED);
const byId = new Map(dispensers.map((dispenser) => [dispenser.id, dispenser]));
const SECOND = 1000;
const HOUR = 3_600_000;
const T = Date.UTC(2026, 10, 26, 9, 0, 0);

describe("St Mary's demo dispensers", () => {
  it('are the placed dispensers, 70 % of them reading badges, told apart at the door, the bedside and the entrances', () => {
    expect(dispensers).toHaveLength(139);
    const share = dispensers.filter((dispenser) => dispenser.readsBadges).length / dispensers.length;
    expect(share).toBeGreaterThan(0.6);
    expect(share).toBeLessThan(0.8);
    expect(byId.get('main-0-hh-001')).toMatchObject({ roomId: 'main-0-resus-01', atDoor: true, public: false });
    expect(byId.get('main-0-hh-002')).toMatchObject({ roomId: 'main-0-resus-01', atDoor: false });
    expect(byId.get('main-0-hh-040')).toMatchObject({ roomId: 'main-0-main-lobby', public: true });
    expect(demoDispensers(floors, SEED)).toEqual(dispensers);
  });
});

describe('dispenseAtCrossing', () => {
  const room = (roomId: string) => dispensers.filter((dispenser) => dispenser.roomId === roomId);
  const crossings = (kind: 'entry' | 'exit', role: DoorCrossing['role'], roomId: string, isolation: boolean) =>
    Array.from({ length: 3000 }, (_, i): DoorCrossing => ({ badgeId: `badge-${i % 7}`, role, roomId, kind, at: T + i * 61_000, isolation }));

  it.each([
    ['nurse', 'entry'],
    ['nurse', 'exit'],
    ['physician', 'entry'],
    ['environmental_services', 'exit'],
  ] as const)('has a %s use a dispenser on %s at the documented rate', (role, kind) => {
    const used = crossings(kind, role, 'main-0-ed-bay-01', false).filter((crossing) => dispenseAtCrossing(crossing, room('main-0-ed-bay-01'), SEED) !== null).length;
    expect(used / 3000).toBeCloseTo(DISPENSE_CHANCE[role][kind], 1);
  });

  it('times uses around the door as documented: at the door just before entering or at the bedside after, around leaving', () => {
    for (const kind of ['entry', 'exit'] as const) {
      for (const crossing of crossings(kind, 'nurse', 'main-0-ed-bay-01', false)) {
        const dispense = dispenseAtCrossing(crossing, room('main-0-ed-bay-01'), SEED);
        if (dispense === null) continue;
        const offset = (dispense.at - crossing.at) / SECOND;
        const atDoor = byId.get(dispense.dispenserId)?.atDoor;
        if (kind === 'entry') expect(atDoor ? offset >= -8 && offset <= -2 : offset >= 4 && offset <= 12).toBe(true);
        else expect([atDoor, offset >= -6 && offset <= 10]).toEqual([true, true]);
        expect(dispense.badgeId).toBe(byId.get(dispense.dispenserId)?.readsBadges ? crossing.badgeId : undefined);
      }
    }
  });

  it('has hands cleaned outside an isolation room: before going in, after coming out', () => {
    const isolationRoom = 'main-1-ward-room-15';
    for (const kind of ['entry', 'exit'] as const) {
      for (const crossing of crossings(kind, 'nurse', isolationRoom, true)) {
        const dispense = dispenseAtCrossing(crossing, room(isolationRoom), SEED);
        if (dispense === null) continue;
        const offset = (dispense.at - crossing.at) / SECOND;
        expect(kind === 'entry' ? offset >= -30 && offset <= -5 : offset >= 8 && offset <= 25).toBe(true);
      }
    }
  });

  it('uses nothing in a room without dispensers', () => {
    expect(crossings('exit', 'nurse', 'main-0-main-corridor-west', false).map((crossing) => dispenseAtCrossing(crossing, [], SEED)).filter(Boolean)).toEqual([]);
  });
});

describe('visitors', () => {
  it('use an entrance dispenser about 6 times an hour, a patient room one about once in 3 hours, within each minute drawn', () => {
    const fromMinute = T / 60_000;
    const lobby = visitorDispenses(byId.get('main-0-hh-040')!, fromMinute, fromMinute + 100 * 60);
    expect(lobby.length).toBeGreaterThan(500);
    expect(lobby.length).toBeLessThan(700);
    expect(lobby.every((dispense) => dispense.at >= T && dispense.at < T + 100 * HOUR && dispense.badgeId === undefined)).toBe(true);
    const bay = visitorDispenses(byId.get('main-0-hh-007')!, fromMinute, fromMinute + 100 * 60);
    expect(bay.length).toBeGreaterThan(15);
    expect(bay.length).toBeLessThan(50);
    // The same minutes give the same uses, however they are asked for.
    const halves = [...visitorDispenses(byId.get('main-0-hh-040')!, fromMinute, fromMinute + 3000), ...visitorDispenses(byId.get('main-0-hh-040')!, fromMinute + 3000, fromMinute + 6000)];
    expect(halves).toEqual(lobby);
  });
});

describe('RefillLevels', () => {
  it('takes 0.1 % a use, in time order whatever order the uses are noted in', () => {
    const levels = new RefillLevels(SEED);
    const start = levels.level('main-1-hh-001', T);
    levels.use('main-1-hh-001', T + 3000);
    levels.use('main-1-hh-001', T + 1000);
    levels.use('main-1-hh-001', T + 9000);
    expect(levels.level('main-1-hh-001', T + 5000)).toBeCloseTo(start - 2 * PERCENT_PER_USE, 5);
    expect(levels.level('main-1-hh-001', T + 10_000)).toBeCloseTo(start - 3 * PERCENT_PER_USE, 5);
    expect(start).toBeGreaterThanOrEqual(8);
    expect(start).toBeLessThanOrEqual(100);
  });

  it('is refilled to 100 % one to three hours after it is found below 15 %', () => {
    const levels = new RefillLevels(SEED);
    const low = dispensers.map((dispenser) => dispenser.id).find((id) => levels.level(id, T) < 15);
    expect(low).toBeDefined();
    const id = low as string;
    expect(levels.level(id, T + HOUR - 1)).toBeLessThan(15);
    const refilledBy = [1, 1.5, 2, 2.5, 3].map((hours) => levels.level(id, T + hours * HOUR));
    expect(refilledBy[refilledBy.length - 1]).toBe(100);
    expect(refilledBy.filter((level) => level === 100).length).toBeGreaterThanOrEqual(1);
  });
});
