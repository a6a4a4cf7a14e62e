import dbus from 'dbus-next';
import { readDeviceProperties } from './bluez-properties.js';

const { Variant } = dbus;

describe('reading org.bluez.Device1 properties from dbus-next', () => {
  it('unwraps address, RSSI, manufacturer data (a{qv}) and service data (a{sv})', () => {
    const read = readDeviceProperties({
      Address: new Variant('s', 'AC:23:3F:A0:0B:1C'),
      RSSI: new Variant('n', -60),
      ManufacturerData: new Variant('a{qv}', { 76: new Variant('ay', Buffer.from([2, 21])) }),
      ServiceData: new Variant('a{sv}', { '0000feaa-0000-1000-8000-00805f9b34fb': new Variant('ay', Buffer.from([0x20])) }),
      Name: new Variant('s', 'ignored'),
    });
    expect(read.malformed).toBe(0);
    expect(read.properties).toEqual({
      address: 'AC:23:3F:A0:0B:1C',
      rssi: -60,
      manufacturerData: new Map([[76, Buffer.from([2, 21])]]),
      serviceData: new Map([['0000feaa-0000-1000-8000-00805f9b34fb', Buffer.from([0x20])]]),
    });
  });

  it('counts values of the wrong D-Bus type and leaves them out, keeping the readable ones', () => {
    const read = readDeviceProperties({
      RSSI: new Variant('s', 'loud'),
      ManufacturerData: new Variant('a{qv}', { 76: new Variant('s', 'text'), 89: new Variant('ay', Buffer.from([1])) }),
      ServiceData: new Variant('s', 'nope'),
      Address: 42,
    });
    expect(read.malformed).toBe(4);
    expect(read.properties).toEqual({ manufacturerData: new Map([[89, Buffer.from([1])]]) });
  });

  it('counts a body that is no dictionary at all', () => {
    expect(readDeviceProperties(null)).toEqual({ properties: {}, malformed: 1 });
  });
});
