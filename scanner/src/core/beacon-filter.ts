/**
 * Which tags this gateway reports: the configured iBeacon UUIDs, Eddystone namespaces and AltBeacon ids.
 * With no filter configured at all, every tag frame is reported (a site that has not yet chosen its tag
 * UUIDs still sees its tags); once any is configured, only matching frames are.
 */
import type { TagFrame } from '../../../libs/beacon/index.js';
import type { BeaconFilters } from '../config/scanner-config.js';

export class BeaconFilter {
  private readonly uuids: ReadonlySet<string>;
  private readonly namespaces: ReadonlySet<string>;
  private readonly altIds: ReadonlySet<string>;
  private readonly open: boolean;

  constructor(filters: BeaconFilters) {
    this.uuids = new Set(filters.ibeaconUuids);
    this.namespaces = new Set(filters.eddystoneNamespaces);
    this.altIds = new Set(filters.altbeaconIds);
    this.open = this.uuids.size + this.namespaces.size + this.altIds.size === 0;
  }

  accepts(frame: TagFrame): boolean {
    if (this.open) return true;
    switch (frame.type) {
      case 'ibeacon':
        return this.uuids.has(frame.uuid);
      case 'eddystone-uid':
        return this.namespaces.has(frame.namespace);
      case 'altbeacon':
        return this.altIds.has(frame.beaconId);
    }
  }
}
