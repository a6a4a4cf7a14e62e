/**
 * Who each simulated tag is on air: an iBeacon identity derived from its place in the tag list, and
 * the identity string Wardwatch keys tags by (libs/beacon: `ibeacon:<uuid>:<major>:<minor>`).
 *
 * One proximity UUID for the whole simulated site (a deployment's tags usually share their vendor's
 * or the site's UUID), major = the tag's category (1 equipment, 2 staff badges), minor = the tag's
 * number within its category, counted from 1 in the order given unless the spec fixes it.
 */
import { iBeaconTagId } from '../../../../libs/beacon/index.js';
import type { TagKind } from '../movement/movement-profile.js';

/** The simulator's proximity UUID: random (version 4), reserved for simulated tags. */
export const SIMULATED_SITE_UUID = '5a1e0d7c-93b4-4f6e-8c21-d0a9e7b3f415';

export const IBEACON_MAJOR_BY_KIND: Readonly<Record<TagKind, number>> = Object.freeze({ equipment: 1, staff: 2 });

export interface TagIdentity {
  /** `ibeacon:<uuid>:<major>:<minor>`, the tag's key everywhere in Wardwatch. */
  tagId: string;
  uuid: string;
  major: number;
  minor: number;
}

/**
 * Identities for a tag list, in its order. Tags without a `minor` get the lowest free number of their
 * category, so adding a tag at the end never renames the others.
 * @throws RangeError when two tags of one category have the same minor, or a minor is outside 1..65535.
 */
export function assignIdentities(
  tags: ReadonlyArray<{ kind: TagKind; minor?: number }>,
  uuid: string = SIMULATED_SITE_UUID,
): TagIdentity[] {
  const normalizedUuid = normalizeUuid(uuid);
  const taken = new Map<number, Set<number>>();
  const takenFor = (major: number) => {
    let set = taken.get(major);
    if (!set) taken.set(major, (set = new Set()));
    return set;
  };
  for (const tag of tags) {
    if (tag.minor === undefined) continue;
    if (!Number.isInteger(tag.minor) || tag.minor < 1 || tag.minor > 0xffff) {
      throw new RangeError(`minor must be an integer 1..65535, got ${tag.minor}`);
    }
    const set = takenFor(IBEACON_MAJOR_BY_KIND[tag.kind]);
    if (set.has(tag.minor)) throw new RangeError(`two ${tag.kind} tags have minor ${tag.minor}`);
    set.add(tag.minor);
  }
  const nextFree = new Map<number, number>();
  return tags.map((tag) => {
    const major = IBEACON_MAJOR_BY_KIND[tag.kind];
    let minor = tag.minor;
    if (minor === undefined) {
      const set = takenFor(major);
      let candidate = nextFree.get(major) ?? 1;
      while (set.has(candidate)) candidate++;
      if (candidate > 0xffff) throw new RangeError(`more than 65535 ${tag.kind} tags`);
      set.add(candidate);
      nextFree.set(major, candidate + 1);
      minor = candidate;
    }
    return { tagId: iBeaconTagId(normalizedUuid, major, minor), uuid: normalizedUuid, major, minor };
  });
}

/** 8-4-4-4-12 lower case with dashes, the form libs/beacon puts in tag ids. */
function normalizeUuid(uuid: string): string {
  const hex = uuid.replaceAll('-', '').toLowerCase();
  if (!/^[0-9a-f]{32}$/.test(hex) || !/^[0-9a-f-]+$/i.test(uuid)) throw new RangeError(`not a UUID: "${uuid}"`);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
