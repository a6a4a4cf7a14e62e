import { bytesOf, compactHex } from '../test-support/spec-bytes.js';
import { parseAdvertisementHex } from './advertisement.js';
import { rssiAt1m, type TagFrame } from './beacon-frame.js';
import { beaconFromJson } from './beacon-json.js';
import { parseManufacturerData } from './manufacturer-data.js';
import { parseServiceData } from './service-data.js';

const IBEACON = '02 01 06  1A FF 4C 00 02 15  E2 C5 6D B5 DF FB 48 D2 B0 60 D0 F5 A7 10 96 E0  00 01  00 2A  C5';
const ALTBEACON = '02 01 1A  1B FF 18 01 BE AC  2F 23 44 54 CF 6D 4A 0F AD F2 F4 91 1B A9 FF A6 00 01 00 02  C5  09';
const EDDYSTONE_UID = '02 01 06  03 03 AA FE  17 16 AA FE  00 E7  8B 0C A7 50 09 54 77 CB 3E 77  00 00 00 00 04 D2  00 00';

function onlyFrame(spaced: string): TagFrame {
  const [frame] = parseAdvertisementHex(compactHex(spaced)).frames;
  if (frame === undefined || !('tagId' in frame)) throw new Error(`no tag frame in ${spaced}`);
  return frame;
}

function frameFromJson(value: unknown): TagFrame {
  const result = beaconFromJson(value);
  if (!result.ok) throw new Error(`rejected: ${JSON.stringify(result.issues)}`);
  return result.frame;
}

function issuesOf(value: unknown) {
  const result = beaconFromJson(value);
  return result.ok ? [] : result.issues;
}

describe('tag identity', () => {
  it('has the documented form for each tag frame type', () => {
    expect(onlyFrame(IBEACON).tagId).toBe('ibeacon:e2c56db5-dffb-48d2-b060-d0f5a71096e0:1:42');
    expect(onlyFrame(ALTBEACON).tagId).toBe('altbeacon:2f234454cf6d4a0fadf2f4911ba9ffa600010002');
    expect(onlyFrame(EDDYSTONE_UID).tagId).toBe('eddystone-uid:8b0ca750095477cb3e77:0000000004d2');
  });

  it('does not depend on the hex case, the power value or the flags around the frame', () => {
    const other = '02 01 1A  1A FF 4C 00 02 15  E2 C5 6D B5 DF FB 48 D2 B0 60 D0 F5 A7 10 96 E0  00 01  00 2A  B3';
    expect(onlyFrame(other).tagId).toBe(onlyFrame(IBEACON).tagId);
    expect(parseAdvertisementHex(compactHex(IBEACON).toLowerCase()).frames).toEqual(parseAdvertisementHex(compactHex(IBEACON)).frames);
  });

  it('is the same from the D-Bus pieces as from the advertisement', () => {
    const ibeacon = parseManufacturerData(0x004c, bytesOf('02 15  E2 C5 6D B5 DF FB 48 D2 B0 60 D0 F5 A7 10 96 E0  00 01  00 2A  C5'));
    const uid = parseServiceData('0000feaa-0000-1000-8000-00805f9b34fb', bytesOf('00 E7  8B 0C A7 50 09 54 77 CB 3E 77  00 00 00 00 04 D2  00 00'));
    expect(ibeacon).toEqual(onlyFrame(IBEACON));
    expect(uid).toEqual(onlyFrame(EDDYSTONE_UID));
  });

  it('differs when only the minor differs (42 vs 43)', () => {
    const minor43 = IBEACON.replace('00 2A  C5', '00 2B  C5');
    expect(onlyFrame(minor43).tagId).toBe('ibeacon:e2c56db5-dffb-48d2-b060-d0f5a71096e0:1:43');
  });
});

describe('rssiAt1m', () => {
  it('uses iBeacon measured power and AltBeacon reference RSSI as they are (both at 1 m)', () => {
    expect(rssiAt1m(onlyFrame(IBEACON))).toBe(-59);
    expect(rssiAt1m(onlyFrame(ALTBEACON))).toBe(-59);
  });

  it('takes 41 dB off Eddystone power at 0 m (-25 dBm -> -66 dBm)', () => {
    expect(rssiAt1m(onlyFrame(EDDYSTONE_UID))).toBe(-66);
  });
});

describe('beaconFromJson', () => {
  it('maps the ingest iBeacon form to the frame parsed from the advertisement', () => {
    const json = { type: 'ibeacon', uuid: 'E2C56DB5-DFFB-48D2-B060-D0F5A71096E0', major: 1, minor: 42, txPower: -59 };
    expect(frameFromJson(json)).toEqual(onlyFrame(IBEACON));
  });

  it('accepts an iBeacon uuid as 32 bare hex digits, same identity', () => {
    const json = { type: 'ibeacon', uuid: 'e2c56db5dffb48d2b060d0f5a71096e0', major: 1, minor: 42, txPower: -59 };
    expect(frameFromJson(json).tagId).toBe('ibeacon:e2c56db5-dffb-48d2-b060-d0f5a71096e0:1:42');
  });

  it('maps the AltBeacon form with company and reserved byte to the parsed frame', () => {
    const json = { type: 'altbeacon', id: '2F234454CF6D4A0FADF2F4911BA9FFA600010002', txPower: -59, companyId: 0x0118, mfgReserved: 9 };
    expect(frameFromJson(json)).toEqual(onlyFrame(ALTBEACON));
  });

  it('maps the AltBeacon form without company and reserved byte to the same identity, with nulls', () => {
    const frame = frameFromJson({ type: 'altbeacon', id: '2f234454cf6d4a0fadf2f4911ba9ffa600010002', txPower: -59 });
    expect(frame).toMatchObject({ tagId: onlyFrame(ALTBEACON).tagId, companyId: null, mfgReserved: null });
  });

  it('maps the conventional AltBeacon split (uuid, major 1, minor 2) to the same identity as the 20-byte id', () => {
    const json = { type: 'altbeacon', uuid: '2f234454-cf6d-4a0f-adf2-f4911ba9ffa6', major: 1, minor: 2, txPower: -59 };
    expect(frameFromJson(json).tagId).toBe('altbeacon:2f234454cf6d4a0fadf2f4911ba9ffa600010002');
  });

  it('maps the Eddystone-UID form to the parsed frame', () => {
    const json = { type: 'eddystone-uid', namespace: '8B0CA750095477CB3E77', instance: '0000000004D2', txPower: -25 };
    expect(frameFromJson(json)).toEqual(onlyFrame(EDDYSTONE_UID));
  });

  it('ignores the other properties of a gateway report (mac, rssi)', () => {
    const json = { type: 'ibeacon', uuid: 'e2c56db5-dffb-48d2-b060-d0f5a71096e0', major: 1, minor: 42, txPower: -59, mac: 'AC:23:3F:00:00:01', rssi: -70 };
    expect(frameFromJson(json)).toEqual(onlyFrame(IBEACON));
  });

  it('names each invalid or missing iBeacon property', () => {
    expect(issuesOf({ type: 'ibeacon', uuid: 'e2c56db5-dffb-48d2-b060', major: 65536, minor: -1 })).toEqual([
      { field: 'uuid', message: 'must be a UUID (8-4-4-4-12 hex digits, or 32 hex digits)' },
      { field: 'major', message: 'must be an integer from 0 to 65535' },
      { field: 'minor', message: 'must be an integer from 0 to 65535' },
      { field: 'txPower', message: 'must be an integer from -128 to 127' },
    ]);
  });

  it('rejects a non-integer power and a UUID with misplaced dashes', () => {
    expect(issuesOf({ type: 'ibeacon', uuid: 'e2c56db5d-ffb-48d2-b060-d0f5a71096e0', major: 1, minor: 42, txPower: -59.5 }).map((issue) => issue.field)).toEqual([
      'uuid',
      'txPower',
    ]);
  });

  it('rejects an AltBeacon id of 32 digits and an out-of-range reserved byte', () => {
    expect(issuesOf({ type: 'altbeacon', id: '2f234454cf6d4a0fadf2f4911ba9ffa6', txPower: -59, mfgReserved: 256 })).toEqual([
      { field: 'id', message: 'must be 40 hex digits' },
      { field: 'mfgReserved', message: 'must be an integer from 0 to 255' },
    ]);
  });

  it('rejects an AltBeacon with both id and uuid', () => {
    const json = { type: 'altbeacon', id: '2f234454cf6d4a0fadf2f4911ba9ffa600010002', uuid: '2f234454-cf6d-4a0f-adf2-f4911ba9ffa6', major: 1, minor: 2, txPower: -59 };
    expect(issuesOf(json)).toEqual([{ field: 'id', message: 'give either id or uuid, major and minor, not both' }]);
  });

  it('rejects an Eddystone-UID with a short instance', () => {
    expect(issuesOf({ type: 'eddystone-uid', namespace: '8b0ca750095477cb3e77', instance: '04d2', txPower: -25 })).toEqual([
      { field: 'instance', message: 'must be 12 hex digits' },
    ]);
  });

  it('rejects types that carry no identity and values that are not objects', () => {
    expect(issuesOf({ type: 'eddystone-url', url: 'https://goo.gl/S6zT6P' })).toEqual([
      { field: 'type', message: 'must be "ibeacon", "altbeacon" or "eddystone-uid"' },
    ]);
    expect(issuesOf(null)).toEqual([{ field: '', message: 'must be an object' }]);
    expect(issuesOf([{ type: 'ibeacon' }])).toEqual([{ field: '', message: 'must be an object' }]);
  });
});
