import { contactsOf, type TagHolder, type TagStay } from './room-contacts.js';

const min = 60_000;
// The period: 10:00 to 11:00 (minutes after midnight × 1 min).
const from = 600 * min;
const to = 660 * min;
const holders: Array<TagHolder<string>> = [
  { tagId: 'badge-ann', since: 0, holder: 'Ann' },
  { tagId: 'badge-bob', since: 630 * min, holder: 'Bob (badge reissued at 10:30)' },
  { tagId: 'pump-7', since: 0, holder: 'Pump 7' },
];
const stay = (tagId: string, enteredMin: number, leftMin: number | null): TagStay => ({ tagId, enteredAt: enteredMin * min, leftAt: leftMin === null ? null : leftMin * min });

describe('contacts in a room', () => {
  it('cuts each stay to the period: entered before, left inside; inside; entered inside, left after', () => {
    const contacts = contactsOf([stay('badge-ann', 590, 605), stay('pump-7', 610, 640), stay('badge-ann', 650, 700)], holders, from, to);
    expect(contacts.map((c) => [c.holder, c.enteredAt / min, c.leftAt === null ? null : c.leftAt / min, c.overlapMs / min])).toEqual([
      ['Ann', 590, 605, 5],
      ['Pump 7', 610, 640, 30],
      ['Ann', 650, 700, 10],
    ]);
  });

  it('counts a stay still going until the end of the period, or until now when that is earlier', () => {
    expect(contactsOf([stay('pump-7', 645, null)], holders, from, to)[0].overlapMs).toBe(15 * min);
    expect(contactsOf([stay('pump-7', 645, null)], holders, from, 650 * min)[0].overlapMs).toBe(5 * min);
  });

  it('leaves out tags no one holds, stays from before the holder got the tag, and stays touching the period at an instant', () => {
    const contacts = contactsOf([stay('visitor-tag', 610, 620), stay('badge-bob', 620, 640), stay('badge-ann', 580, 600), stay('pump-7', 660, 670), stay('badge-bob', 635, 640)], holders, from, to);
    expect(contacts.map((c) => [c.holder, c.overlapMs / min])).toEqual([['Bob (badge reissued at 10:30)', 5]]);
  });

  it('gives each stay to whoever carried the tag when it was entered, and ends a stay at the moment the tag was taken back', () => {
    const reissued: Array<TagHolder<string>> = [
      { tagId: 'badge-7', since: 0, until: 630 * min, holder: 'Cleo (left at 10:30)' },
      { tagId: 'badge-7', since: 630 * min, holder: 'Dan (from 10:30)' },
    ];
    const contacts = contactsOf([stay('badge-7', 605, 615), stay('badge-7', 620, 640), stay('badge-7', 645, 650)], reissued, from, to);
    expect(contacts.map((c) => [c.holder, c.enteredAt / min, c.leftAt === null ? null : c.leftAt / min, c.overlapMs / min])).toEqual([
      ['Cleo (left at 10:30)', 605, 615, 10],
      ['Cleo (left at 10:30)', 620, null, 10],
      ['Dan (from 10:30)', 645, 650, 5],
    ]);
  });
});
