import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../platform/config/repo-root.js';
import { checkPlanSvg, MAX_PLAN_SVG_BYTES } from './plan-svg-check.js';
import { fixtureSvg, floorPlanFixture } from './testing/floor-plan-fixture.js';

const floor = floorPlanFixture().wardwatch.floor;
const wrap = (inner: string, rootAttributes = '') =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 200 100"${rootAttributes}>${inner}</svg>`;
const messages = (svg: string) => checkPlanSvg(svg, floor).map((issue) => issue.message);

describe('checkPlanSvg', () => {
  it('accepts a plain drawing that matches the floor', () => {
    expect(checkPlanSvg(fixtureSvg(), floor)).toEqual([]);
  });

  it('accepts the shipped demo drawings', () => {
    const svg = readFileSync(join(repoRoot(), 'floorplans', 'st-marys', 'main-0.svg'), 'utf8');
    expect(checkPlanSvg(svg, { widthM: 108, heightM: 72, plan: { image: 'main-0.svg', pixelsPerMetre: 10 } })).toEqual([]);
  });

  it('accepts comments, CDATA, inline styles and same-document references', () => {
    const svg = wrap(
      '<!-- legend --><defs><pattern id="hatch" width="4" height="4"><path d="M0,0 L4,4"/></pattern></defs>' +
        '<style><![CDATA[ .room { fill: url(#hatch); } ]]></style>' +
        '<rect class="room" style="fill: url(#hatch)" width="10" height="10"/><use xlink:href="#hatch"/><use href="#hatch"/>',
    );
    expect(messages(svg)).toEqual([]);
  });

  it('reports every issue with field "svg"', () => {
    expect(checkPlanSvg(wrap('<script>alert(1)</script>'), floor)).toEqual([
      { field: 'svg', message: '<script> elements are not allowed (script or embedded content)' },
    ]);
  });

  it.each([
    ['a script element', '<script>alert(1)</script>', '<script> elements are not allowed'],
    ['a script element in upper case', '<SCRIPT>alert(1)</SCRIPT>', '<script> elements are not allowed'],
    ['a foreignObject', '<foreignObject><div/></foreignObject>', '<foreignobject> elements are not allowed'],
    ['an event handler', '<rect onclick="steal()" width="1" height="1"/>', 'event-handler attribute onclick on <rect>'],
    ['an external image', '<image href="https://evil.example/x.png"/>', 'href="https://evil.example/x.png" on <image> refers outside'],
    ['an external xlink reference', '<use xlink:href="other.svg#a"/>', 'xlink:href="other.svg#a" on <use> refers outside'],
    ['a javascript: URL', '<a href="#x" xlink:title="javascript:alert(1)"><text>x</text></a>', 'a javascript: URL in xlink:title'],
    ['an external url() in a style attribute', '<rect style="fill: url(http://evil.example/p)"/>', 'url(http://evil.example/p) in a style'],
    ['an @import in a style element', '<style>@import "https://evil.example/a.css";</style>', '@import in a style is not allowed'],
  ])('refuses %s', (_case, inner, message) => {
    expect(messages(wrap(inner)).join('\n')).toContain(message);
  });

  it('refuses a DOCTYPE (entity expansion)', () => {
    expect(messages(`<!DOCTYPE svg [<!ENTITY a "aaaa">]>${wrap('<text>&a;</text>')}`)).toEqual([
      'a DOCTYPE or ENTITY declaration is not allowed (entity expansion)',
    ]);
  });

  it.each([
    ['an unclosed element', wrap('<g><rect/>'), '</svg> closes <g>'],
    ['a document cut short', '<svg viewBox="0 0 200 100"><g>', '<g> is never closed'],
    ['crossed tags', wrap('<g><text>x</g></text>'), '</g> closes <text>'],
    ['a second root', `${wrap('')}<svg viewBox="0 0 200 100"></svg>`, 'the document must be a single <svg> element'],
    ['a root that is not svg', '<html><body/></html>', 'the document must be a single <svg> element'],
    ['text outside the root', `hello ${wrap('')}`, 'text outside the <svg> element'],
    ['an unterminated comment', wrap('<!-- oops'), 'an unterminated comment, CDATA section or processing instruction'],
    ['a stray <', wrap('<text>a < b</text>'), 'malformed tag at character'],
    ['no svg at all', '   ', 'no <svg> element'],
  ])('refuses a document that is not well formed: %s', (_case, svg, message) => {
    expect(messages(svg).join('\n')).toContain(message);
  });

  it('refuses a drawing without a viewBox', () => {
    expect(messages('<svg xmlns="http://www.w3.org/2000/svg"></svg>')).toEqual(['the <svg> element needs a viewBox ("0 0 width height" in pixels)']);
  });

  it('refuses a viewBox that does not match the floor', () => {
    expect(messages(wrap('').replace('0 0 200 100', '0 0 100 200'))).toEqual([
      'viewBox "0 0 100 200" does not match the floor: expected "0 0 200 100" (widthM and heightM × pixelsPerMetre)',
    ]);
  });

  it('refuses a drawing over 5 MB', () => {
    const huge = wrap(`<!--${'x'.repeat(MAX_PLAN_SVG_BYTES)}-->`);
    expect(messages(huge)[0]).toMatch(/^the drawing is \d+ bytes; at most 5242880 \(5 MB\) are accepted$/);
  });
});
