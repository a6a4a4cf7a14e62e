import type { TagFrame } from '../../../libs/beacon/index.js';
import type { IngestBeacon } from './ingest-batch.js';

/**
 * A tag frame in the ingest's pre-parsed form. The server rebuilds the same frame (and the same tagId)
 * from it with libs/beacon's beaconFromJson; the power value keeps its frame's own reference distance.
 */
export function beaconJsonOf(frame: TagFrame): IngestBeacon {
  switch (frame.type) {
    case 'ibeacon':
      return { type: 'ibeacon', uuid: frame.uuid, major: frame.major, minor: frame.minor, txPower: frame.measuredPower };
    case 'altbeacon':
      return {
        type: 'altbeacon',
        id: frame.beaconId,
        txPower: frame.referenceRssi,
        ...(frame.companyId === null ? {} : { companyId: frame.companyId }),
        ...(frame.mfgReserved === null ? {} : { mfgReserved: frame.mfgReserved }),
      };
    case 'eddystone-uid':
      return { type: 'eddystone-uid', namespace: frame.namespace, instance: frame.instance, txPower: frame.txPowerAt0m };
  }
}
