import { altBeaconTagId, eddystoneUidTagId, iBeaconTagId } from './beacon-frame.js';

const UUID = 'f7826da6-4fa2-4e98-8024-bc5b71e0893e';

describe('tag ids', () => {
  it('are the frame type and the beacon identity, in canonical text', () => {
    expect(iBeaconTagId(UUID, 1, 42)).toBe(`ibeacon:${UUID}:1:42`);
    expect(iBeaconTagId(UUID, 65535, 0)).toBe(`ibeacon:${UUID}:65535:0`);
    expect(altBeaconTagId('00112233445566778899aabbccddeeff00112233')).toBe('altbeacon:00112233445566778899aabbccddeeff00112233');
    expect(eddystoneUidTagId('00112233445566778899', 'aabbccddeeff')).toBe('eddystone-uid:00112233445566778899:aabbccddeeff');
  });

  it('keep major and minor apart (1:2 is not 12: or :12), and stay right past the interning bound', () => {
    expect(iBeaconTagId(UUID, 1, 2)).not.toBe(iBeaconTagId(UUID, 12, 0));
    expect(iBeaconTagId(UUID, 0, 65536 + 1)).toBe(`ibeacon:${UUID}:0:65537`);
    expect(iBeaconTagId(UUID, 1, 1)).toBe(`ibeacon:${UUID}:1:1`);
    expect(iBeaconTagId(UUID, 1.5, 1)).toBe(`ibeacon:${UUID}:1.5:1`);
    // More distinct ids than the intern table holds: it starts over, and every id is still right.
    for (let i = 0; i < 250_000; i++) {
      const major = i >> 16;
      const minor = i & 0xffff;
      const uuid = `${String(i % 7).repeat(8)}-4fa2-4e98-8024-bc5b71e0893e`;
      const id = iBeaconTagId(uuid, major, minor);
      if (id !== `ibeacon:${uuid}:${major}:${minor}`) throw new Error(`wrong id ${id} for ${uuid} ${major} ${minor}`);
    }
    expect(iBeaconTagId(UUID, 1, 42)).toBe(`ibeacon:${UUID}:1:42`);
  });
});
