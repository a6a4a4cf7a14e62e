/**
 * Test support: does a batch have the ingest's shape? Two checks: a tiny structural one written here
 * from the protocol (so it still runs if the schema file moves), and the ingest's own JSON schema,
 * docs/schemas/ble-ingest.schema.json, compiled with ajv when the file is there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type AnySchemaObject } from 'ajv';
import { repoRoot } from '../../platform/config/repo-root.js';

const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;
const HEX = /^(?:[0-9a-fA-F]{2})+$/;
const UUID = /^(?:[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}|[0-9A-Fa-f]{32})$/;

const isInteger = (value: unknown, min: number, max: number) => Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What is wrong with `value` as a BLE batch (empty when nothing), field by field. */
export function batchShapeIssues(value: unknown): string[] {
  const issues: string[] = [];
  if (!isRecord(value)) return ['(body): must be an object'];
  const allowed = new Set(['gatewayId', 'seq', 'sentAt', 'sightings']);
  for (const key of Object.keys(value)) if (!allowed.has(key)) issues.push(`${key}: is not allowed`);
  if (typeof value['gatewayId'] !== 'string' || value['gatewayId'].length < 1 || value['gatewayId'].length > 64) issues.push('gatewayId');
  if (!isInteger(value['seq'], 0, Number.MAX_SAFE_INTEGER)) issues.push('seq');
  if (typeof value['sentAt'] !== 'string' || !ISO_WITH_ZONE.test(value['sentAt'])) issues.push('sentAt');
  const sightings = value['sightings'];
  if (!Array.isArray(sightings) || sightings.length < 1 || sightings.length > 5000) return [...issues, 'sightings: 1 to 5000'];
  sightings.forEach((sighting: unknown, i) => {
    const at = `sightings[${i}]`;
    if (!isRecord(sighting)) {
      issues.push(`${at}: must be an object`);
      return;
    }
    const keys = new Set(['ts', 'rssi', 'n', 'rssiMax', 'adv', 'beacon']);
    for (const key of Object.keys(sighting)) if (!keys.has(key)) issues.push(`${at}.${key}: is not allowed`);
    if (!isInteger(sighting['ts'], 0, 8.64e15)) issues.push(`${at}.ts`);
    if (!isInteger(sighting['rssi'], -127, 20)) issues.push(`${at}.rssi`);
    if (sighting['n'] !== undefined && !isInteger(sighting['n'], 1, 100_000)) issues.push(`${at}.n`);
    if (sighting['rssiMax'] !== undefined && !isInteger(sighting['rssiMax'], -127, 20)) issues.push(`${at}.rssiMax`);
    if ((sighting['adv'] === undefined) === (sighting['beacon'] === undefined)) issues.push(`${at}: exactly one of adv or beacon`);
    if (sighting['adv'] !== undefined && (typeof sighting['adv'] !== 'string' || !HEX.test(sighting['adv']) || sighting['adv'].length > 510)) {
      issues.push(`${at}.adv`);
    }
    const beacon = sighting['beacon'];
    if (beacon !== undefined) {
      if (!isRecord(beacon) || beacon['type'] !== 'ibeacon') issues.push(`${at}.beacon.type`);
      else {
        if (Object.keys(beacon).sort().join() !== 'major,minor,txPower,type,uuid') issues.push(`${at}.beacon: fields`);
        if (typeof beacon['uuid'] !== 'string' || !UUID.test(beacon['uuid'])) issues.push(`${at}.beacon.uuid`);
        if (!isInteger(beacon['major'], 0, 65535) || !isInteger(beacon['minor'], 0, 65535)) issues.push(`${at}.beacon.major/minor`);
        if (!isInteger(beacon['txPower'], -128, 127)) issues.push(`${at}.beacon.txPower`);
      }
    }
  });
  return issues;
}

/** The ingest's JSON schema compiled with ajv, or undefined while docs/schemas/ble-ingest.schema.json does not exist. */
export function ingestSchemaValidator(): ((batch: unknown) => string[]) | undefined {
  const file = join(repoRoot(), 'docs', 'schemas', 'ble-ingest.schema.json');
  if (!existsSync(file)) return undefined;
  // The options the ingest compiles it with (server/src/ingest/ble/ble-batch-validator.ts).
  const ajv = new Ajv({ allErrors: true, discriminator: true, strictTypes: true, strictTuples: true });
  ajv.addKeyword('x-issue');
  const validate = ajv.compile(JSON.parse(readFileSync(file, 'utf8')) as AnySchemaObject);
  return (batch) => (validate(batch) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`));
}
