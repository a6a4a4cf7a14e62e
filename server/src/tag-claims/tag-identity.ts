/**
 * The tag identities Wardwatch keys tracked tags by (libs/beacon/README.md, "Tag identity"): lower-case
 * hex, a stored contract. Pairing accepts exactly these forms so a typo cannot pair an asset with a tag
 * no gateway will ever report.
 */
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const UINT16 = '(?:0|[1-9][0-9]{0,4})';

export const TAG_ID_PATTERN = new RegExp(
  `^(?:ibeacon:${UUID}:${UINT16}:${UINT16}|altbeacon:[0-9a-f]{40}|eddystone-uid:[0-9a-f]{20}:[0-9a-f]{12})$`,
);

export const TAG_ID_FORMAT_MESSAGE =
  'must be a tag identity: ibeacon:<uuid>:<major>:<minor>, altbeacon:<40 hex digits> or eddystone-uid:<20 hex>:<12 hex> (lower case)';

export function isTagId(value: string): boolean {
  if (!TAG_ID_PATTERN.test(value)) return false;
  if (!value.startsWith('ibeacon:')) return true;
  const [, , major, minor] = value.split(':');
  return Number(major) <= 0xffff && Number(minor) <= 0xffff;
}
