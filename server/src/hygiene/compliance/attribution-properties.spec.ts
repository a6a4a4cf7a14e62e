import fc from 'fast-check';
import { attributeActivations } from './attribute-activations.js';
import type { DispenserActivation, StaffStay } from './compliance-types.js';
import { opportunitiesOf } from './hand-hygiene-opportunities.js';
import { CARE_ROOMS, DISPENSER_ROOMS, RULES, SECOND, STAFF, T0 } from './testing/compliance-fixtures.js';

const ROOMS = [...CARE_ROOMS.keys(), 'corridor'];
const DISPENSERS = [...DISPENSER_ROOMS.keys()];
const PEOPLE = Object.keys(STAFF) as Array<keyof typeof STAFF>;

const stays = fc.array(
  fc.record({ who: fc.constantFrom(...PEOPLE), room: fc.constantFrom(...ROOMS), start: fc.integer({ min: 0, max: 600 }), length: fc.integer({ min: 1, max: 120 }) }),
  { maxLength: 12 },
);
const activations = fc.array(
  fc.record({
    dispenser: fc.constantFrom(...DISPENSERS),
    at: fc.integer({ min: -60, max: 800 }),
    badge: fc.option(fc.constantFrom(...PEOPLE.map((who) => STAFF[who].badgeId), 'badge-visitor'), { nil: null }),
  }),
  { maxLength: 15 },
);

function build(rawStays: Array<{ who: string; room: string; start: number; length: number }>, rawActivations: Array<{ dispenser: string; at: number; badge: string | null }>) {
  const staffStays: StaffStay[] = rawStays.map((s) => ({ ...STAFF[s.who as keyof typeof STAFF], roomId: s.room, enteredAt: T0 + s.start * SECOND, leftAt: T0 + (s.start + s.length) * SECOND }));
  const dispenserActivations: DispenserActivation[] = rawActivations.map((a, i) => ({ id: `a${i}`, dispenserId: a.dispenser, at: T0 + a.at * SECOND, badgeId: a.badge }));
  return { opportunities: opportunitiesOf(staffStays, CARE_ROOMS, RULES, T0 + 1000 * SECOND), activations: dispenserActivations };
}

describe('attribution, for any stays and activations', () => {
  it('only counts an activation in the window, at a dispenser serving the room, with no badge or the person’s own', () => {
    fc.assert(
      fc.property(stays, activations, (rawStays, rawActivations) => {
        const { opportunities, activations: acts } = build(rawStays, rawActivations);
        const byId = new Map(acts.map((a) => [a.id, a]));
        attributeActivations(opportunities, acts, DISPENSER_ROOMS).forEach((attribution, i) => {
          if (attribution.activationId === null) return;
          const opportunity = opportunities[i];
          const used = byId.get(attribution.activationId)!;
          expect(used.at).toBeGreaterThanOrEqual(opportunity.from);
          expect(used.at).toBeLessThanOrEqual(opportunity.to);
          expect(DISPENSER_ROOMS.get(used.dispenserId)).toContain(opportunity.roomId);
          expect(used.badgeId === null ? 'place-and-time' : 'badge').toBe(attribution.by);
          if (used.badgeId !== null) expect(used.badgeId).toBe(opportunity.badgeId);
        });
      }),
    );
  });

  it('uses an activation for at most one entry and one exit, and both only for one person', () => {
    fc.assert(
      fc.property(stays, activations, (rawStays, rawActivations) => {
        const { opportunities, activations: acts } = build(rawStays, rawActivations);
        const uses = new Map<string, Array<{ kind: string; staffId: string }>>();
        attributeActivations(opportunities, acts, DISPENSER_ROOMS).forEach((attribution, i) => {
          if (attribution.activationId === null) return;
          uses.set(attribution.activationId, [...(uses.get(attribution.activationId) ?? []), { kind: opportunities[i].kind, staffId: opportunities[i].staffId }]);
        });
        for (const list of uses.values()) {
          expect(list.filter((use) => use.kind === 'entry').length).toBeLessThanOrEqual(1);
          expect(list.filter((use) => use.kind === 'exit').length).toBeLessThanOrEqual(1);
          expect(new Set(list.map((use) => use.staffId)).size).toBe(1);
        }
      }),
    );
  });

  it('does not depend on the order the activations come in', () => {
    fc.assert(
      fc.property(stays, activations, fc.integer(), (rawStays, rawActivations, seed) => {
        const { opportunities, activations: acts } = build(rawStays, rawActivations);
        const shuffled = [...acts].sort((a, b) => ((a.id.charCodeAt(1) * 31 + seed) % 7) - ((b.id.charCodeAt(1) * 31 + seed) % 7));
        expect(attributeActivations(opportunities, shuffled, DISPENSER_ROOMS)).toEqual(attributeActivations(opportunities, acts, DISPENSER_ROOMS));
      }),
    );
  });

  it('meets no fewer opportunities when an activation is added', () => {
    fc.assert(
      fc.property(stays, activations, activations, (rawStays, rawActivations, extra) => {
        const { opportunities, activations: acts } = build(rawStays, rawActivations);
        const more = build(rawStays, [...rawActivations, ...extra]).activations;
        const met = (list: DispenserActivation[]) => attributeActivations(opportunities, list, DISPENSER_ROOMS).filter((a) => a.activationId !== null).length;
        expect(met(more)).toBeGreaterThanOrEqual(met(acts));
      }),
    );
  });
});
