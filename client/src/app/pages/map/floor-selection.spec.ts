import type { SiteSummary } from '../../core/api/floorplan.models';
import { SITES } from '../../../testing/fixtures';
import { findFloor, groupFloors, resolveFloorId } from './floor-selection';

const floor = (id: string, level: number) => ({ id, name: id, level, widthM: 10, heightM: 10 });

describe('groupFloors', () => {
  it('lists each building with its floors from the lowest level up', () => {
    const groups = groupFloors(SITES);
    expect(groups).toHaveLength(1);
    expect(groups[0].label).toBe('Main building');
    expect(groups[0].floors.map((f) => f.id)).toEqual(['main-0', 'main-1']);
    expect(groups[0].floors[0]).toMatchObject({ buildingName: 'Main building', siteName: "St Mary's" });
  });

  it('names the site too when there is more than one, and skips buildings without floors', () => {
    const sites: SiteSummary[] = [
      { id: 'a', name: 'North', timezone: 'UTC', buildings: [{ id: 'a1', name: 'Tower', floors: [floor('t-0', 0)] }] },
      {
        id: 'b',
        name: 'South',
        timezone: 'UTC',
        buildings: [
          { id: 'b1', name: 'Annex', floors: [] },
          { id: 'b2', name: 'Clinic', floors: [floor('c-0', 0)] },
        ],
      },
    ];
    expect(groupFloors(sites).map((g) => g.label)).toEqual(['North · Tower', 'South · Clinic']);
  });
});

describe('resolveFloorId', () => {
  const groups = groupFloors([
    {
      id: 's',
      name: 'Site',
      timezone: 'UTC',
      buildings: [
        { id: 'b', name: 'B', floors: [floor('b-2', 2), floor('b-minus-1', -1), floor('b-1', 1)] },
        { id: 'c', name: 'C', floors: [floor('c-0', 0)] },
      ],
    },
  ]);

  it('keeps the floor named in the URL when it exists', () => {
    expect(resolveFloorId(groups, 'c-0')).toBe('c-0');
  });

  it("falls back to the first building's floor nearest ground, the upper one on a tie", () => {
    expect(resolveFloorId(groups, undefined)).toBe('b-1');
    expect(resolveFloorId(groups, 'gone-floor')).toBe('b-1');
  });

  it('prefers the ground floor when there is one', () => {
    expect(resolveFloorId(groupFloors(SITES), null)).toBe('main-0');
  });

  it('has nothing to show without floors', () => {
    expect(resolveFloorId([], 'x')).toBeNull();
  });
});

describe('findFloor', () => {
  it('finds a floor across buildings', () => {
    expect(findFloor(groupFloors(SITES), 'main-1')?.name).toBe('First floor');
    expect(findFloor(groupFloors(SITES), null)).toBeUndefined();
  });
});
