import { validateFloorPlan } from './floorplan-validator.js';
import { looseFixture, removeAt, reported, setAt } from './testing/floor-plan-fixture.js';

/** Each case breaks one header field of the valid fixture; exactly that field is reported. */
const cases: Array<[string, string, unknown]> = [
  ['an unsupported format version', 'wardwatch.formatVersion', 2],
  ['a format version given as a string', 'wardwatch.formatVersion', '1'],
  ['a site id with a space', 'wardwatch.site.id', 'st marys'],
  ['an empty site name', 'wardwatch.site.name', '  '],
  ['a time zone that is not an IANA name', 'wardwatch.site.timezone', 'Mars/Olympus_Mons'],
  ['a building id longer than 64 characters', 'wardwatch.building.id', 'b'.repeat(65)],
  ['a floor name longer than 120 characters', 'wardwatch.floor.name', 'n'.repeat(121)],
  ['a fractional level', 'wardwatch.floor.level', 0.5],
  ['an elevation given as a string', 'wardwatch.floor.elevationM', '0'],
  ['a zero width', 'wardwatch.floor.widthM', 0],
  ['a negative height', 'wardwatch.floor.heightM', -10],
  ['an infinite width', 'wardwatch.floor.widthM', Number.POSITIVE_INFINITY],
  ['a plan image in another folder', 'wardwatch.floor.plan.image', '../secrets/f-0.svg'],
  ['a plan image that is not SVG', 'wardwatch.floor.plan.image', 'f-0.png'],
  ['zero pixels per metre', 'wardwatch.floor.plan.pixelsPerMetre', 0],
  ['an origin x given as null', 'wardwatch.floor.origin.x', null],
];

describe('validateFloorPlan: the wardwatch header', () => {
  it.each(cases)('rejects %s', (_case, field, value) => {
    const doc = looseFixture();
    setAt(doc, null, field, value);
    expect(reported(validateFloorPlan(doc))).toEqual([[undefined, field]]);
  });

  it.each([
    'wardwatch',
    'wardwatch.formatVersion',
    'wardwatch.site',
    'wardwatch.site.timezone',
    'wardwatch.building.name',
    'wardwatch.floor.id',
    'wardwatch.floor.plan',
    'wardwatch.floor.origin.y',
  ])('rejects a document without %s', (field) => {
    const doc = looseFixture();
    removeAt(doc, null, field);
    expect(reported(validateFloorPlan(doc))).toEqual([[undefined, field]]);
  });

  it('names the supported version when the version is wrong', () => {
    const doc = looseFixture();
    setAt(doc, null, 'wardwatch.formatVersion', 2);
    const result = validateFloorPlan(doc);
    expect(!result.ok && result.errors[0].message).toBe('version 2 is not supported; this server reads version 1');
  });
});
