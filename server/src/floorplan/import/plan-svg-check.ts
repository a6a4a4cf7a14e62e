/**
 * Checks a floor's SVG drawing before it is stored and served to browsers. An SVG is a
 * document that can run script, load other resources and, through a DOCTYPE, expand
 * entities; a floor plan needs none of that. This is a conservative structural scan, not
 * an XML parser: it accepts the plain SVG drawing tools export and names what it refuses.
 * The plan endpoint's Content-Security-Policy is the second line of defence.
 */
import type { FloorHeader, FloorPlanIssue } from './floorplan-format.js';

export const MAX_PLAN_SVG_BYTES = 5 * 1024 * 1024;

/** Elements that run script or embed other documents. */
const FORBIDDEN_ELEMENTS = new Set(['script', 'foreignobject', 'iframe', 'embed', 'object', 'handler', 'listener']);
/** Attributes that point at a resource. Only same-document references (#id) are allowed. */
const REFERENCE_ATTRIBUTES = new Set(['href', 'xlink:href', 'src']);

const TAG = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>/y;
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g;

const issue = (message: string): FloorPlanIssue => ({ field: 'svg', message });

/** Issues with `svg` (field "svg"); empty when it is a safe drawing matching the floor. */
export function checkPlanSvg(svg: string, floor?: Pick<FloorHeader, 'widthM' | 'heightM' | 'plan'>): FloorPlanIssue[] {
  const bytes = Buffer.byteLength(svg, 'utf8');
  if (bytes > MAX_PLAN_SVG_BYTES) return [issue(`the drawing is ${bytes} bytes; at most ${MAX_PLAN_SVG_BYTES} (5 MB) are accepted`)];
  if (/<!DOCTYPE|<!ENTITY/i.test(svg)) return [issue('a DOCTYPE or ENTITY declaration is not allowed (entity expansion)')];
  const scan = scanElements(svg);
  if (typeof scan === 'string') return [issue(scan)];
  const issues = scan.elements.flatMap(({ name, attributes }) => elementIssues(name, attributes));
  issues.push(...styleIssues(scan.styleText));
  if (scan.rootAttributes) issues.push(...viewBoxIssues(scan.rootAttributes, floor));
  return issues;
}

interface Element {
  name: string;
  attributes: Map<string, string>;
}

interface Scan {
  elements: Element[];
  rootAttributes: Map<string, string> | undefined;
  /** Text inside <style> elements. */
  styleText: string;
}

/**
 * Walks the markup: comments, CDATA and processing instructions are skipped, every tag is
 * read with its attributes, and open/close tags must nest. Returns a message when the
 * document is not well formed.
 */
function scanElements(svg: string): Scan | string {
  const elements: Element[] = [];
  const open: string[] = [];
  let styleText = '';
  let rootAttributes: Map<string, string> | undefined;
  let i = 0;
  while (i < svg.length) {
    const lt = svg.indexOf('<', i);
    if (lt < 0) break;
    const text = svg.slice(i, lt);
    if (open[open.length - 1] === 'style') styleText += text;
    else if (open.length === 0 && text.trim() !== '') return 'text outside the <svg> element';
    const skipped = skipMarkup(svg, lt);
    if (skipped === -1) return 'an unterminated comment, CDATA section or processing instruction';
    if (skipped !== undefined) {
      i = skipped;
      continue;
    }
    TAG.lastIndex = lt;
    const match = TAG.exec(svg);
    if (!match) return `malformed tag at character ${lt}`;
    const [, closing, rawName, rawAttributes, selfClosing] = match;
    const name = rawName.toLowerCase();
    i = TAG.lastIndex;
    if (closing) {
      const expected = open.pop();
      if (expected !== name) return expected ? `</${rawName}> closes <${expected}>` : `</${rawName}> closes nothing`;
      continue;
    }
    if (open.length === 0 && (elements.length > 0 || name !== 'svg')) return 'the document must be a single <svg> element';
    const attributes = readAttributes(rawAttributes);
    if (elements.length === 0) rootAttributes = attributes;
    elements.push({ name, attributes });
    if (!selfClosing) open.push(name);
  }
  if (elements.length === 0) return 'no <svg> element';
  if (open.length > 0) return `<${open[open.length - 1]}> is never closed`;
  return { elements, rootAttributes, styleText };
}

/** Past a comment, CDATA or <?…?> starting at `at`; undefined when none starts there, -1 when unterminated. */
function skipMarkup(svg: string, at: number): number | undefined {
  for (const [start, end] of [['<!--', '-->'], ['<![CDATA[', ']]>'], ['<?', '?>']]) {
    if (svg.startsWith(start, at)) {
      const close = svg.indexOf(end, at + start.length);
      return close < 0 ? -1 : close + end.length;
    }
  }
  return undefined;
}

function readAttributes(raw: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name, value = ''] of raw.matchAll(ATTRIBUTE)) {
    attributes.set(name.toLowerCase(), value.replace(/^["']|["']$/g, ''));
  }
  return attributes;
}

function elementIssues(name: string, attributes: Map<string, string>): FloorPlanIssue[] {
  const issues: FloorPlanIssue[] = [];
  if (FORBIDDEN_ELEMENTS.has(name)) issues.push(issue(`<${name}> elements are not allowed (script or embedded content)`));
  for (const [attribute, value] of attributes) {
    if (attribute.startsWith('on')) issues.push(issue(`event-handler attribute ${attribute} on <${name}> is not allowed`));
    if (REFERENCE_ATTRIBUTES.has(attribute) && !value.trim().startsWith('#')) {
      issues.push(issue(`${attribute}="${value.slice(0, 80)}" on <${name}> refers outside the drawing; only #fragment references are allowed`));
    }
    if (/javascript:/i.test(value)) issues.push(issue(`a javascript: URL in ${attribute} on <${name}> is not allowed`));
    if (attribute === 'style') issues.push(...styleIssues(value));
  }
  return issues;
}

/** CSS may not fetch anything: no @import, no url() other than url(#fragment). */
function styleIssues(css: string): FloorPlanIssue[] {
  const issues: FloorPlanIssue[] = [];
  if (/@import/i.test(css)) issues.push(issue('@import in a style is not allowed (external reference)'));
  for (const [, target] of css.matchAll(/url\(\s*['"]?([^'")]*)/gi)) {
    if (!target.trim().startsWith('#')) issues.push(issue(`url(${target.slice(0, 80)}) in a style refers outside the drawing`));
  }
  return issues;
}

/** The drawing must be laid out as the floor says: viewBox 0 0 widthM·ppm heightM·ppm. */
function viewBoxIssues(root: Map<string, string>, floor: Pick<FloorHeader, 'widthM' | 'heightM' | 'plan'> | undefined): FloorPlanIssue[] {
  const viewBox = root.get('viewbox');
  if (!viewBox) return [issue('the <svg> element needs a viewBox ("0 0 width height" in pixels)')];
  if (!floor) return [];
  const values = viewBox.trim().split(/[\s,]+/).map(Number);
  const expected = [0, 0, floor.widthM * floor.plan.pixelsPerMetre, floor.heightM * floor.plan.pixelsPerMetre];
  const matches = values.length === 4 && values.every((v, k) => Math.abs(v - expected[k]) < 1e-6 * Math.max(1, expected[k]));
  return matches ? [] : [issue(`viewBox "${viewBox}" does not match the floor: expected "${expected.join(' ')}" (widthM and heightM × pixelsPerMetre)`)];
}
