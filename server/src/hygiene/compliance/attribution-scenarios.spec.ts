import { attributeActivations } from './attribute-activations.js';
import type { DispenserActivation, StaffStay } from './compliance-types.js';
import { opportunitiesOf } from './hand-hygiene-opportunities.js';
import { activation, CARE_ROOMS, DISPENSER_ROOMS, MINUTE, RULES, SECOND, stay, T0 } from './testing/compliance-fixtures.js';

/** Who met which opportunity, as `staff:room:kind → activation (by)`. */
function attribute(stays: StaffStay[], activations: DispenserActivation[]): Record<string, string> {
  const opportunities = opportunitiesOf(stays, CARE_ROOMS, RULES, T0 + 60 * MINUTE);
  const result: Record<string, string> = {};
  for (const [i, attribution] of attributeActivations(opportunities, activations, DISPENSER_ROOMS).entries()) {
    const o = opportunities[i];
    result[`${o.staffId}:${o.roomId}:${o.kind}`] = attribution.activationId === null ? 'missed' : `${attribution.activationId} (${attribution.by})`;
  }
  return result;
}

describe('attributing dispenser activations', () => {
  it('counts an activation that read the person’s badge for that person', () => {
    expect(attribute([stay('ann', 'room-1', T0, T0 + 2 * MINUTE)], [activation('disp-1', T0 - 5 * SECOND, 'badge-ann', 'a1')])).toEqual({
      'ann:room-1:entry': 'a1 (badge)',
      'ann:room-1:exit': 'missed',
    });
  });

  it('never counts an activation that read someone else’s badge, even with no other candidate', () => {
    expect(attribute([stay('ann', 'room-1', T0, T0 + 2 * MINUTE)], [activation('disp-1', T0, 'badge-bob', 'a1')])).toEqual({
      'ann:room-1:entry': 'missed',
      'ann:room-1:exit': 'missed',
    });
  });

  it('counts an unbadged activation by place and time, only at a dispenser serving the room', () => {
    expect(
      attribute(
        [stay('ann', 'room-1', T0, T0 + 2 * MINUTE)],
        [activation('disp-2', T0, null, 'elsewhere'), activation('disp-door-12', T0 + 2 * MINUTE + 3 * SECOND, null, 'at-door')],
      ),
    ).toEqual({ 'ann:room-1:entry': 'missed', 'ann:room-1:exit': 'at-door (place-and-time)' });
  });

  it('matches badges first: two enter together, one badged and one anonymous activation, both met, each the right way', () => {
    expect(
      attribute(
        [stay('ann', 'room-1', T0, T0 + 2 * MINUTE), stay('bob', 'room-1', T0 + SECOND, T0 + 2 * MINUTE)],
        // The anonymous one is nearer ann's entry; ann's badge still goes to ann, so bob gets the anonymous one.
        [activation('disp-1', T0, null, 'anon'), activation('disp-1', T0 + 4 * SECOND, 'badge-ann', 'ann-badge')],
      ),
    ).toMatchObject({ 'ann:room-1:entry': 'ann-badge (badge)', 'bob:room-1:entry': 'anon (place-and-time)' });
  });

  it('gives one anonymous activation to only one of two people entering together', () => {
    const result = attribute([stay('ann', 'room-1', T0, T0 + 2 * MINUTE), stay('bob', 'room-1', T0 + 2 * SECOND, T0 + 3 * MINUTE)], [activation('disp-1', T0 + SECOND, null, 'one')]);
    expect([result['ann:room-1:entry'], result['bob:room-1:entry']].sort()).toEqual(['missed', 'one (place-and-time)']);
    // Ties go to the earlier opportunity: ann entered first.
    expect(result['ann:room-1:entry']).toBe('one (place-and-time)');
  });

  it('finds the assignment that meets the most: a nearer activation moves to the one who has no other', () => {
    // ann's window holds a1 and a2 (a1 nearer); bob's, later, only a1. Greedy would leave bob out.
    expect(
      attribute(
        [stay('ann', 'room-1', T0, T0 + 5 * MINUTE), stay('bob', 'room-1', T0 + 40 * SECOND, T0 + 5 * MINUTE)],
        [activation('disp-1', T0 - 25 * SECOND, null, 'a2'), activation('disp-1', T0 + 12 * SECOND, null, 'a1')],
      ),
    ).toMatchObject({ 'ann:room-1:entry': 'a2 (place-and-time)', 'bob:room-1:entry': 'a1 (place-and-time)' });
  });

  it('lets one rub between leaving one room and entering the next serve both, for one person only', () => {
    // ann leaves room 1 and enters room 2 through the corridor, rubbing once at the dispenser between the doors.
    const rub = activation('disp-door-12', T0 + 5 * MINUTE + 5 * SECOND, 'badge-ann', 'rub');
    expect(attribute([stay('ann', 'room-1', T0, T0 + 5 * MINUTE), stay('ann', 'room-2', T0 + 5 * MINUTE + 10 * SECOND, T0 + 9 * MINUTE)], [rub])).toMatchObject({
      'ann:room-1:exit': 'rub (badge)',
      'ann:room-2:entry': 'rub (badge)',
    });
    // Anonymous, with bob entering room 2 as ann leaves room 1: the entry gets it, not both people.
    const anonymous = activation('disp-door-12', T0 + 5 * MINUTE + 5 * SECOND, null, 'anon-rub');
    const result = attribute([stay('ann', 'room-1', T0, T0 + 5 * MINUTE), stay('bob', 'room-2', T0 + 5 * MINUTE + 10 * SECOND, T0 + 9 * MINUTE)], [anonymous]);
    expect(result).toMatchObject({ 'bob:room-2:entry': 'anon-rub (place-and-time)', 'ann:room-1:exit': 'missed' });
  });

  it('never uses one activation for two entries or two exits, even of one person', () => {
    // ann is in room 1 for 10 s, steps out for 10 s and back in: one rub at T0 + 5 s lies in both entries'
    // windows ([T0 − 30 s, T0 + 15 s] and [T0 − 10 s, T0 + 35 s]) and in the exit's ([T0 − 5 s, T0 + 40 s]).
    const opportunities = opportunitiesOf(
      [stay('ann', 'room-1', T0, T0 + 10 * SECOND), stay('ann', 'room-1', T0 + 20 * SECOND, T0 + 5 * MINUTE)],
      CARE_ROOMS,
      RULES,
      T0 + 60 * MINUTE,
    );
    const attributions = attributeActivations(opportunities, [activation('disp-1', T0 + 5 * SECOND, 'badge-ann', 'only')], DISPENSER_ROOMS);
    const met = attributions.flatMap((attribution, i) => (attribution.activationId === null ? [] : [`${opportunities[i].kind}@${(opportunities[i].at - T0) / SECOND}`]));
    // One entry (the first: ties go to the earlier) and the exit between them; never the second entry too.
    expect(met.sort()).toEqual(['entry@0', 'exit@10']);
  });
});
