import type { ParsedFloorPlan } from './floorplan-format.js';
import { validateSite } from './floorplan-site-validator.js';
import { validateFloorPlan } from './floorplan-validator.js';
import { looseFixture, setAt } from './testing/floor-plan-fixture.js';

/** Two valid floors, f-0 (level 0) and f-1 (level 1), after `edit` changes the second. */
function twoFloors(edit: (second: Record<string, unknown>) => void = () => undefined): ParsedFloorPlan[] {
  const second = looseFixture('f-1', 1);
  edit(second);
  return [looseFixture('f-0', 0), second].map((doc) => {
    const result = validateFloorPlan(doc);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.plan;
  });
}

const fields = (plans: ParsedFloorPlan[]) => validateSite(plans).map((issue) => [issue.feature, issue.field]);

describe('validateSite', () => {
  it('accepts two floors joined by their stairs', () => {
    expect(validateSite(twoFloors())).toEqual([]);
  });

  it('accepts no floors at all', () => {
    expect(validateSite([])).toEqual([]);
  });

  it('rejects a vertical link found on one floor only, on every room carrying it', () => {
    expect(fields(twoFloors((second) => setAt(second, 'f-1-stairs', 'properties.verticalLink', 'stairs-2')))).toEqual([
      ['f-0-stairs', 'properties.verticalLink'],
      ['f-1-stairs', 'properties.verticalLink'],
    ]);
  });

  it('rejects a vertical link that is stairs on one floor and an elevator on another', () => {
    expect(fields(twoFloors((second) => setAt(second, 'f-1-stairs', 'properties.type', 'elevator')))).toEqual([
      ['f-1-stairs', 'properties.type'],
    ]);
  });

  it('rejects a feature id used on two floors', () => {
    const issues = validateSite(twoFloors((second) => setAt(second, 'f-1-hh-1', 'id', 'f-0-hh-1')));
    expect(issues).toEqual([
      { feature: 'f-0-hh-1', field: 'id', message: 'id "f-0-hh-1" on floor "f-1" is already used on floor "f-0"; ids are unique across the site' },
    ]);
  });

  it.each([
    ['a different site id', 'wardwatch.site.id', 'other-site'],
    ['a different site name', 'wardwatch.site.name', 'Other Hospital'],
    ['a different time zone', 'wardwatch.site.timezone', 'Europe/Paris'],
    ['a different name for the same building', 'wardwatch.building.name', 'Tower'],
    ['the level of another floor of the building', 'wardwatch.floor.level', 0],
    ['the id of another floor', 'wardwatch.floor.id', 'f-0'],
  ])('rejects a floor with %s', (_case, field, value) => {
    expect(fields(twoFloors((second) => setAt(second, null, field, value)))).toEqual([[undefined, field]]);
  });

  it('allows the same level in two different buildings', () => {
    const plans = twoFloors((second) => {
      setAt(second, null, 'wardwatch.building', { id: 'b2', name: 'Building 2' });
      setAt(second, null, 'wardwatch.floor.level', 0);
      setAt(second, 'f-1-stairs', 'properties.verticalLink', 'b2-stairs');
    });
    // Each building's stairs now reach one floor only.
    expect(validateSite(plans).map((issue) => issue.field)).toEqual(['properties.verticalLink', 'properties.verticalLink']);
  });
});
