/**
 * Draws a floor as an SVG plan: rooms filled by type with dark walls, door gaps with
 * swing arcs, room names fitted to each room, and a title, north arrow, legend and scale
 * bar in the sheet's margins. Coordinates follow floorplans/README.md: the viewBox is the
 * sheet in metres times pixelsPerMetre, y down, so svgY = (heightM - y) * pixelsPerMetre.
 *
 * Output is plain SVG 1.1: no scripts, no external references, styles as attributes only,
 * so it passes the import's SVG safety check and renders the same in browsers and tools.
 */
import { boundingBox, pointInPolygon, type Point } from '../../../server/src/floorplan/geometry/polygon.js';
import { ROOM_TYPES, type RoomType } from '../../../server/src/floorplan/import/floorplan-format.js';
import type { BuiltDoor, BuiltRoom, FloorBuilder } from './floor-builder.js';
import { INK, ROOM_FILL, ROOM_TYPE_LABEL, STRUCTURE, WALL } from './room-style.js';
import { wallDirection } from './shared-wall.js';

export interface DrawingOptions {
  title: string;
  subtitle: string;
  /** The building's outer walls on the sheet, metres. */
  building: { x0: number; y0: number; x1: number; y1: number };
}

const FONT = 'Helvetica, Arial, sans-serif';
const WALL_PX = 2;
const OUTER_WALL_PX = 5;
/** Rooms whose shared wall is an open archway rather than a door. */
const OPEN_TYPES: readonly RoomType[] = ['corridor', 'lobby'];
/** Doors wide enough for a bed (NHS HBN 00-04: 1.2 m clear or more). */
const BED_DOOR_TYPES: readonly RoomType[] = ['patient_room', 'icu_bay', 'ed_bay', 'operating_room', 'imaging', 'elevator', 'equipment_depot'];

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const fmt = (n: number) => String(Math.round(n * 10) / 10);

export function renderFloorSvg(b: FloorBuilder, options: DrawingOptions): string {
  const { widthM, heightM, plan } = b.header.floor;
  const ppm = plan.pixelsPerMetre;
  const toSvg = ([x, y]: Point): Point => [x * ppm, (heightM - y) * ppm];
  const [width, height] = [widthM * ppm, heightM * ppm];
  const building = options.building;
  const [bx0, by0] = toSvg([building.x0, building.y1]);
  const [bx1, by1] = toSvg([building.x1, building.y0]);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="${FONT}">`,
    `<title>${escapeXml(`${options.title} — ${options.subtitle}`)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<rect x="${fmt(bx0)}" y="${fmt(by0)}" width="${fmt(bx1 - bx0)}" height="${fmt(by1 - by0)}" fill="${STRUCTURE}"/>`,
    `<g id="rooms" stroke="${WALL}" stroke-width="${WALL_PX}" stroke-linejoin="miter">`,
    ...b.rooms.map((room) => `<polygon points="${room.ring.slice(0, -1).map((p) => toSvg(p).map(fmt).join(',')).join(' ')}" fill="${ROOM_FILL[room.spec.type]}"/>`),
    `</g>`,
    `<rect x="${fmt(bx0)}" y="${fmt(by0)}" width="${fmt(bx1 - bx0)}" height="${fmt(by1 - by0)}" fill="none" stroke="${WALL}" stroke-width="${OUTER_WALL_PX}"/>`,
    `<g id="doors">`,
    ...b.doors.flatMap((door) => drawDoor(door, toSvg, ppm)),
    `</g>`,
    `<g id="labels" text-anchor="middle" dominant-baseline="central" fill="${INK}">`,
    ...b.rooms.map((room) => drawLabel(room, toSvg, ppm)),
    `</g>`,
    ...drawTitle(options, width),
    ...drawNorthArrow(width - 50, 42),
    ...drawLegend(b.rooms, height),
    ...drawScaleBar(width - 270, height - 70, ppm),
    `</svg>`,
    '',
  ].join('\n');
}

function doorWidthM(door: BuiltDoor): number {
  const types = door.rooms.map((room) => room.spec.type);
  if (types.every((type) => OPEN_TYPES.includes(type))) return Math.max(1, door.wall.lengthM - 0.4);
  if (types.includes('exit')) return 1.8;
  return types.some((type) => BED_DOOR_TYPES.includes(type)) ? 1.2 : 0.9;
}

/** A gap in the wall with jambs; a leaf and swing arc into the room the door serves. */
function drawDoor(door: BuiltDoor, toSvg: (p: Point) => Point, ppm: number): string[] {
  const widthM = Math.min(doorWidthM(door), door.wall.lengthM - 0.2);
  const [dx, dy] = wallDirection(door.wall);
  const at = (along: number, out = 0, n: Point = [-dy, dx]): Point => [
    door.point[0] + dx * along + n[0] * out,
    door.point[1] + dy * along + n[1] * out,
  ];
  const [hingeSvg, endSvg] = [toSvg(at(-widthM / 2)), toSvg(at(widthM / 2))];
  const jamb = (along: number) => {
    const [a, c] = [toSvg(at(along, -0.15)), toSvg(at(along, 0.15))];
    return `<line x1="${fmt(a[0])}" y1="${fmt(a[1])}" x2="${fmt(c[0])}" y2="${fmt(c[1])}" stroke="${WALL}" stroke-width="${WALL_PX}"/>`;
  };
  const parts = [
    `<line x1="${fmt(hingeSvg[0])}" y1="${fmt(hingeSvg[1])}" x2="${fmt(endSvg[0])}" y2="${fmt(endSvg[1])}" stroke="#ffffff" stroke-width="${WALL_PX + 2}"/>`,
    jamb(-widthM / 2),
    jamb(widthM / 2),
  ];
  const swingInto = door.rooms.find((room) => !OPEN_TYPES.includes(room.spec.type));
  if (!swingInto || swingInto.spec.type === 'elevator') return parts;
  const normal: Point = pointInPolygon(at(0, 0.3), swingInto.ring, 0) ? [-dy, dx] : [dy, -dx];
  const leafSvg = toSvg(at(-widthM / 2, widthM, normal));
  const radius = widthM * ppm;
  // Sweep the short way from the open leaf back to the far jamb (SVG y points down).
  const cross = (leafSvg[0] - hingeSvg[0]) * (endSvg[1] - hingeSvg[1]) - (leafSvg[1] - hingeSvg[1]) * (endSvg[0] - hingeSvg[0]);
  parts.push(
    `<path d="M${fmt(hingeSvg[0])},${fmt(hingeSvg[1])} L${fmt(leafSvg[0])},${fmt(leafSvg[1])} A${fmt(radius)},${fmt(radius)} 0 0 ${cross > 0 ? 1 : 0} ${fmt(endSvg[0])},${fmt(endSvg[1])}" fill="none" stroke="#71717a" stroke-width="0.8"/>`,
  );
  return parts;
}

interface LabelFit {
  lines: string[];
  size: number;
  rotate: boolean;
}

/** Average Helvetica glyph width as a fraction of the font size. */
const GLYPH_WIDTH = 0.56;
const MAX_LABEL_PX = 13;

/** The biggest font at which the name fits the box, trying one or two lines, flat or turned. */
function fitLabel(name: string, widthPx: number, heightPx: number): LabelFit {
  const words = name.split(' ');
  const splits = [[name]];
  for (let k = 1; k < words.length; k++) splits.push([words.slice(0, k).join(' '), words.slice(k).join(' ')]);
  let best: LabelFit = { lines: [name], size: 0, rotate: false };
  for (const lines of splits) {
    for (const rotate of [false, true]) {
      const [w, h] = rotate ? [heightPx, widthPx] : [widthPx, heightPx];
      const longest = Math.max(...lines.map((line) => line.length));
      const size = Math.min(MAX_LABEL_PX, (w - 4) / (longest * GLYPH_WIDTH), (h - 2) / (lines.length * 1.15));
      // Prefer flat text unless turning it makes it clearly bigger.
      if (size > best.size * (rotate ? 1.4 : 1)) best = { lines, size, rotate };
    }
  }
  return best;
}

/**
 * The largest axis-aligned rectangle inside the room whose sides lie on the room's own
 * vertex coordinates: the whole room for a rectangle, the bigger arm of an L. Labels are
 * centred and fitted there so they never run across a neighbouring room.
 */
function labelBox(ring: Point[]): [number, number, number, number] {
  const xs = [...new Set(ring.map((p) => p[0]))].sort((a, b) => a - b);
  const ys = [...new Set(ring.map((p) => p[1]))].sort((a, b) => a - b);
  const samples = [0.01, 0.35, 0.65, 0.99];
  const inside = (x0: number, y0: number, x1: number, y1: number) =>
    samples.every((fx) => samples.every((fy) => pointInPolygon([x0 + (x1 - x0) * fx, y0 + (y1 - y0) * fy], ring, 0))) &&
    !ring.some(([x, y]) => x > x0 && x < x1 && y > y0 && y < y1);
  let best = boundingBox(ring);
  let bestArea = 0;
  for (let i = 0; i < xs.length; i++) {
    for (let j = i + 1; j < xs.length; j++) {
      for (let k = 0; k < ys.length; k++) {
        for (let l = k + 1; l < ys.length; l++) {
          const area = (xs[j] - xs[i]) * (ys[l] - ys[k]);
          if (area > bestArea && inside(xs[i], ys[k], xs[j], ys[l])) {
            best = [xs[i], ys[k], xs[j], ys[l]];
            bestArea = area;
          }
        }
      }
    }
  }
  return best;
}

function drawLabel(room: BuiltRoom, toSvg: (p: Point) => Point, ppm: number): string {
  const [minX, minY, maxX, maxY] = labelBox(room.ring);
  const [cx, cy] = toSvg([(minX + maxX) / 2, (minY + maxY) / 2]);
  const fit = fitLabel(room.spec.name, (maxX - minX) * ppm, (maxY - minY) * ppm);
  const size = fmt(fit.size);
  const style = room.spec.type === 'corridor' ? ` font-style="italic" fill="#52525b"` : '';
  const transform = fit.rotate ? ` transform="rotate(-90 ${fmt(cx)} ${fmt(cy)})"` : '';
  const lineHeight = fit.size * 1.15;
  const tspans = fit.lines
    .map((line, i) => `<tspan x="${fmt(cx)}" y="${fmt(cy + (i - (fit.lines.length - 1) / 2) * lineHeight)}">${escapeXml(line)}</tspan>`)
    .join('');
  return `<text font-size="${size}"${style}${transform}>${tspans}</text>`;
}

function drawTitle(options: DrawingOptions, width: number): string[] {
  return [
    `<text x="40" y="34" font-size="22" font-weight="bold" fill="${INK}">${escapeXml(options.title)}</text>`,
    `<text x="40" y="58" font-size="14" fill="#3f3f46">${escapeXml(options.subtitle)}</text>`,
    `<line x1="40" y1="70" x2="${width - 40}" y2="70" stroke="#a1a1aa" stroke-width="1"/>`,
  ];
}

function drawNorthArrow(x: number, y: number): string[] {
  return [
    `<g id="north-arrow" fill="${INK}">`,
    `<path d="M${x},${y - 22} L${x + 9},${y + 10} L${x},${y + 4} L${x - 9},${y + 10} Z"/>`,
    `<text x="${x}" y="${y + 26}" font-size="12" font-weight="bold" text-anchor="middle">N</text>`,
    `</g>`,
  ];
}

function drawLegend(rooms: BuiltRoom[], height: number): string[] {
  const used = ROOM_TYPES.filter((type) => rooms.some((room) => room.spec.type === type));
  const [x0, y0, columnWidth, rowHeight, rows] = [40, height - 94, 168, 18, 5];
  const items = used.map((type, i) => {
    const x = x0 + Math.floor(i / rows) * columnWidth;
    const y = y0 + (i % rows) * rowHeight;
    return (
      `<rect x="${x}" y="${y}" width="18" height="12" fill="${ROOM_FILL[type]}" stroke="${WALL}" stroke-width="1"/>` +
      `<text x="${x + 25}" y="${y + 10}" font-size="11" fill="${INK}">${escapeXml(ROOM_TYPE_LABEL[type])}</text>`
    );
  });
  return [`<g id="legend">`, `<text x="${x0}" y="${y0 - 8}" font-size="11" font-weight="bold" fill="${INK}">Room types</text>`, ...items, `</g>`];
}

function drawScaleBar(x: number, y: number, ppm: number): string[] {
  const blockM = 5;
  const blocks = Array.from({ length: 4 }, (_, i) =>
    `<rect x="${x + i * blockM * ppm}" y="${y}" width="${blockM * ppm}" height="8" fill="${i % 2 === 0 ? INK : '#ffffff'}" stroke="${INK}" stroke-width="1"/>`,
  );
  const ticks = [0, 5, 10, 15, 20].map(
    (m) => `<text x="${x + m * ppm}" y="${y + 24}" font-size="11" text-anchor="middle" fill="${INK}">${m === 20 ? '20 m' : m}</text>`,
  );
  return [
    `<g id="scale-bar">`,
    `<text x="${x}" y="${y - 8}" font-size="11" font-weight="bold" fill="${INK}">Scale</text>`,
    ...blocks,
    ...ticks,
    `</g>`,
  ];
}
