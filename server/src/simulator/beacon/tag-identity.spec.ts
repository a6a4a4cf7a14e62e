import { beaconFromJson } from '../../../../libs/beacon/index.js';
import { IBEACON_MAJOR_BY_KIND, SIMULATED_SITE_UUID, assignIdentities } from './tag-identity.js';

describe('simulated tag identities', () => {
  it('number tags per category from 1, in the order given', () => {
    const identities = assignIdentities([{ kind: 'equipment' }, { kind: 'staff' }, { kind: 'equipment' }]);
    expect(identities.map((identity) => [identity.major, identity.minor])).toEqual([
      [IBEACON_MAJOR_BY_KIND.equipment, 1],
      [IBEACON_MAJOR_BY_KIND.staff, 1],
      [IBEACON_MAJOR_BY_KIND.equipment, 2],
    ]);
    expect(identities[0].tagId).toBe(`ibeacon:${SIMULATED_SITE_UUID}:1:1`);
  });

  it('keeps the minors a spec fixes and gives the others the free numbers', () => {
    const identities = assignIdentities([{ kind: 'equipment' }, { kind: 'equipment', minor: 1 }, { kind: 'equipment' }]);
    expect(identities.map((identity) => identity.minor)).toEqual([2, 1, 3]);
    expect(() => assignIdentities([{ kind: 'staff', minor: 5 }, { kind: 'staff', minor: 5 }])).toThrow(RangeError);
    expect(() => assignIdentities([{ kind: 'staff', minor: 0 }])).toThrow(RangeError);
  });

  it('writes tag ids exactly as libs/beacon does for the same beacon', () => {
    const [identity] = assignIdentities([{ kind: 'staff', minor: 42 }], 'E2C56DB5DFFB48D2B060D0F5A71096E0');
    expect(identity.uuid).toBe('e2c56db5-dffb-48d2-b060-d0f5a71096e0');
    const parsed = beaconFromJson({ type: 'ibeacon', uuid: identity.uuid, major: identity.major, minor: identity.minor, txPower: -59 });
    expect(parsed.ok && parsed.frame.tagId).toBe(identity.tagId);
    expect(() => assignIdentities([{ kind: 'staff' }], 'xyz')).toThrow(RangeError);
  });
});
