/**
 * Rules for the `wardwatch` foreign member: which site, building and floor a file
 * describes and how its drawing maps to metres.
 */
import { FieldReader, IssueList, describeJsonType, isRecord } from './field-reader.js';
import {
  FLOORPLAN_FORMAT_VERSION,
  ID_PATTERN,
  MAX_NAME_LENGTH,
  type BuildingHeader,
  type FloorHeader,
  type SiteHeader,
  type WardwatchHeader,
} from './floorplan-format.js';

export const ID_HINT = 'use 1-64 letters, digits, ".", "_", ":" or "-", starting with a letter or digit';

/** The drawing is a file beside the GeoJSON: a bare name, so a plan cannot point elsewhere. */
const PLAN_IMAGE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}\.svg$/;

export function readHeader(document: Record<string, unknown>, issues: IssueList): WardwatchHeader | undefined {
  const root = new FieldReader(document, issues, undefined, '');
  const header = root.object('wardwatch');
  if (!header) return undefined;
  const formatVersion = readFormatVersion(header);
  const site = readSite(header);
  const building = readBuilding(header);
  const floor = readFloor(header);
  if (formatVersion === undefined || !site || !building || !floor) return undefined;
  return { formatVersion, site, building, floor };
}

function readFormatVersion(header: FieldReader): typeof FLOORPLAN_FORMAT_VERSION | undefined {
  const version = header.raw('formatVersion');
  if (version === FLOORPLAN_FORMAT_VERSION) return FLOORPLAN_FORMAT_VERSION;
  header.report(
    'formatVersion',
    version === undefined
      ? `is required (this server reads version ${FLOORPLAN_FORMAT_VERSION})`
      : `version ${JSON.stringify(version)} is not supported; this server reads version ${FLOORPLAN_FORMAT_VERSION}`,
  );
  return undefined;
}

function readSite(header: FieldReader): SiteHeader | undefined {
  const site = header.object('site');
  if (!site) return undefined;
  const id = site.string('id', { pattern: ID_PATTERN, patternHint: ID_HINT });
  const name = site.string('name', { maxLength: MAX_NAME_LENGTH });
  const timezone = site.string('timezone');
  const knownZone = timezone !== undefined && isKnownTimeZone(timezone);
  if (timezone !== undefined && !knownZone) {
    site.report('timezone', `"${timezone}" is not an IANA time zone name (e.g. "Europe/London")`);
  }
  if (id === undefined || name === undefined || !knownZone) return undefined;
  return { id, name, timezone };
}

function readBuilding(header: FieldReader): BuildingHeader | undefined {
  const building = header.object('building');
  if (!building) return undefined;
  const id = building.string('id', { pattern: ID_PATTERN, patternHint: ID_HINT });
  const name = building.string('name', { maxLength: MAX_NAME_LENGTH });
  if (id === undefined || name === undefined) return undefined;
  return { id, name };
}

function readFloor(header: FieldReader): FloorHeader | undefined {
  const floor = header.object('floor');
  if (!floor) return undefined;
  const id = floor.string('id', { pattern: ID_PATTERN, patternHint: ID_HINT });
  const name = floor.string('name', { maxLength: MAX_NAME_LENGTH });
  const level = floor.number('level', { integer: true });
  const elevationM = floor.number('elevationM');
  const widthM = floor.number('widthM', { min: 0, exclusiveMin: true });
  const heightM = floor.number('heightM', { min: 0, exclusiveMin: true });
  const plan = readPlan(floor);
  const origin = readOrigin(floor);
  if (
    id === undefined ||
    name === undefined ||
    level === undefined ||
    elevationM === undefined ||
    widthM === undefined ||
    heightM === undefined ||
    !plan ||
    !origin
  ) {
    return undefined;
  }
  return { id, name, level, elevationM, widthM, heightM, plan, origin };
}

function readPlan(floor: FieldReader): FloorHeader['plan'] | undefined {
  const plan = floor.object('plan');
  if (!plan) return undefined;
  const image = plan.string('image', {
    pattern: PLAN_IMAGE_PATTERN,
    patternHint: 'must be the file name of an .svg beside the GeoJSON file, without folders',
  });
  const pixelsPerMetre = plan.number('pixelsPerMetre', { min: 0, exclusiveMin: true });
  if (image === undefined || pixelsPerMetre === undefined) return undefined;
  return { image, pixelsPerMetre };
}

function readOrigin(floor: FieldReader): FloorHeader['origin'] | undefined {
  const origin = floor.object('origin');
  if (!origin) return undefined;
  const x = origin.number('x');
  const y = origin.number('y');
  if (x === undefined || y === undefined) return undefined;
  return { x, y };
}

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The document must be a FeatureCollection object; returns it as a record when it is. */
export function readCollection(document: unknown, issues: IssueList): Record<string, unknown> | undefined {
  if (!isRecord(document)) {
    issues.add(undefined, 'document', `a floor plan must be a GeoJSON FeatureCollection object, got ${describeJsonType(document)}`);
    return undefined;
  }
  new FieldReader(document, issues, undefined, '').literal('type', 'FeatureCollection');
  return document;
}
