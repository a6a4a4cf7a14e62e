import { DEMO_STAFF } from '../../hygiene/staff/demo/demo-staff.js';
import { Simulation, type RoundsMovement, type TagSpec } from '../../simulator/index.js';
import { loadStMarysFloors } from '../../simulator/testing/st-marys.js';
import { CARE_ROOM_TYPES, ROUNDS_BY_ROLE, cleaningRoundOf, demoStaffTags } from './demo-staff-tags.js';

const floors = loadStMarysFloors();
const roomById = new Map(floors.flatMap((floor) => floor.rooms).map((room) => [room.id, room]));
const roundsOf = (tag: TagSpec): RoundsMovement => {
  if (typeof tag.movement !== 'object' || !('rounds' in tag.movement)) throw new Error(`${tag.name} is not on rounds`);
  return tag.movement.rounds;
};

describe('demoStaffTags', () => {
  const tags = demoStaffTags(floors);

  it('puts every demo staff badge on air, under the tag id the registry gives it', () => {
    const simulation = new Simulation({ floors, seed: 1, tags });
    expect(simulation.tags.map((tag) => tag.tagId)).toEqual(DEMO_STAFF.map((member) => member.badgeTagId));
    expect(simulation.tags.every((tag) => tag.kind === 'staff')).toBe(true);
  });

  it("sends clinical staff round their own unit's patient rooms, from bases of their unit", () => {
    DEMO_STAFF.forEach((member, i) => {
      if (member.role === 'environmental_services') return;
      const rounds = roundsOf(tags[i]);
      expect(rounds.visits.length).toBeGreaterThanOrEqual(12);
      for (const roomId of rounds.visits) expect([roomById.get(roomId)?.unit, CARE_ROOM_TYPES.includes(roomById.get(roomId)?.type ?? 'corridor')]).toEqual([member.unit, true]);
      for (const roomId of rounds.bases) expect([roomById.get(roomId)?.unit, ROUNDS_BY_ROLE[member.role].baseTypes]).toEqual([member.unit, expect.arrayContaining([roomById.get(roomId)?.type])]);
      expect(rounds.visitDwellMs).toEqual(ROUNDS_BY_ROLE[member.role].visitDwellMs);
      expect(rounds.bases).toContain(tags[i].start?.roomId);
    });
  });

  it('sends each cleaner round the rooms on the cleaning board in turn; the ED cleaner does Radiology too', () => {
    const edCleaner = DEMO_STAFF.findIndex((member) => member.role === 'environmental_services' && member.unit === 'Emergency department');
    const round = roundsOf(tags[edCleaner]);
    expect(round.inTurn).toBe(true);
    expect(new Set(round.visits.map((roomId) => roomById.get(roomId)?.type))).toEqual(new Set(['ed_bay', 'imaging']));
    expect(round.visits).toEqual(cleaningRoundOf(floors, 'Emergency department').map((room) => room.id));
    expect(round.visits).toHaveLength(17 + 7);
  });

  it('starts a cleaner at the room cleaned longest ago, and everyone where the engine last placed them', () => {
    const wardCleaner = DEMO_STAFF.findIndex((member) => member.role === 'environmental_services' && member.unit === 'Medical ward');
    const wardRound = cleaningRoundOf(floors, 'Medical ward').map((room) => room.id);
    const lastCleanedAt = new Map(wardRound.map((roomId, i) => [roomId, 1000 + ((i + 15) % wardRound.length)]));
    const nurse = DEMO_STAFF.findIndex((member) => member.role === 'nurse' && member.unit === 'Medical ward');
    const lastRooms = new Map([
      [DEMO_STAFF[nurse].badgeTagId, 'main-1-ward-room-07'],
      // A room not on their rounds (another unit's bay): they start at a base instead.
      [DEMO_STAFF[nurse + 1].badgeTagId, 'main-1-icu-bay-01'],
    ]);
    const resumed = demoStaffTags(floors, { lastRooms, lastCleanedAt });
    expect(roundsOf(resumed[wardCleaner]).visits.slice(0, 2)).toEqual([wardRound[5], wardRound[6]]);
    expect(roundsOf(resumed[wardCleaner]).visits).toHaveLength(wardRound.length);
    expect(resumed[nurse].start?.roomId).toBe('main-1-ward-room-07');
    expect(roomById.get(resumed[nurse + 1].start?.roomId ?? '')?.type).toMatch(/nurse_station|medication_room/);
  });
});
