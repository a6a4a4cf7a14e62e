import { staysOfBadge, type BadgeHolder } from './badge-stays.js';

const MINUTE = 60_000;
const T0 = Date.UTC(2026, 10, 26, 8, 0, 0);
const NURSE: BadgeHolder = { staffId: '7', badgeId: 'ibeacon:5a1e0d7c-93b4-4f6e-8c21-d0a9e7b3f415:2:7', role: 'nurse', badgeAssignedAt: T0 - 60 * MINUTE };
const moved = (toRoomId: string, minutes: number) => ({ toRoomId, enteredAt: T0 + minutes * MINUTE });
const stay = (roomId: string, entered: number, left: number | null) => ({
  staffId: '7',
  badgeId: NURSE.badgeId,
  role: 'nurse',
  roomId,
  enteredAt: T0 + entered * MINUTE,
  leftAt: left === null ? null : T0 + left * MINUTE,
});

describe('badge stays from room transitions', () => {
  it('makes each transition a stay until the next one; the last is open', () => {
    expect(staysOfBadge(NURSE, [moved('corridor', 0), moved('room-1', 2), moved('corridor', 7)], T0, T0 + 10 * MINUTE)).toEqual([
      stay('corridor', 0, 2),
      stay('room-1', 2, 7),
      stay('corridor', 7, null),
    ]);
  });

  it('keeps the stay in effect at the start of the range with its earlier entry', () => {
    expect(staysOfBadge(NURSE, [moved('room-1', -5), moved('corridor', 3)], T0, T0 + 10 * MINUTE)).toEqual([stay('room-1', -5, 3), stay('corridor', 3, null)]);
  });

  it('leaves out a stay that ended exactly at the start of the range, and one entered after its end', () => {
    expect(staysOfBadge(NURSE, [moved('room-1', -5), moved('corridor', 0), moved('room-2', 11)], T0, T0 + 10 * MINUTE)).toEqual([stay('corridor', 0, 11)]);
  });

  it("leaves out stays entered before the badge was assigned: they were someone else's", () => {
    const reissued = { ...NURSE, badgeAssignedAt: T0 + 3 * MINUTE };
    expect(staysOfBadge(reissued, [moved('room-1', 1), moved('corridor', 4), moved('room-2', 6)], T0, T0 + 10 * MINUTE)).toEqual([
      stay('corridor', 4, 6),
      stay('room-2', 6, null),
    ]);
  });

  it("ends with the badge's assignment: no stay entered after it was taken back, no exit invented for the stay it was in", () => {
    const returned = { ...NURSE, badgeEndedAt: T0 + 5 * MINUTE };
    expect(staysOfBadge(returned, [moved('room-1', 1), moved('corridor', 3), moved('room-2', 4), moved('corridor', 6), moved('room-3', 8)], T0, T0 + 10 * MINUTE)).toEqual([
      stay('room-1', 1, 3),
      stay('corridor', 3, 4),
      stay('room-2', 4, null),
    ]);
  });

  it('keeps a move at the very moment the badge was taken back for the next holder', () => {
    const returned = { ...NURSE, badgeEndedAt: T0 + 4 * MINUTE };
    expect(staysOfBadge(returned, [moved('room-1', 1), moved('room-2', 4)], T0, T0 + 10 * MINUTE)).toEqual([stay('room-1', 1, null)]);
    const next = { ...NURSE, staffId: '7', badgeAssignedAt: T0 + 4 * MINUTE };
    expect(staysOfBadge(next, [moved('room-1', 1), moved('room-2', 4)], T0, T0 + 10 * MINUTE)).toEqual([stay('room-2', 4, null)]);
  });

  it('gives nothing for a badge never heard', () => {
    expect(staysOfBadge(NURSE, [], T0, T0 + MINUTE)).toEqual([]);
  });
});
