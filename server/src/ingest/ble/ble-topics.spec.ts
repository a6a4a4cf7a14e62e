import { bleErrorsTopic, parseBleTopic } from './ble-topics.js';

describe('BLE MQTT topics', () => {
  it('reads the site and gateway of a gateway topic', () => {
    expect(parseBleTopic('wardwatch/st-marys/gateways/main-0-gw-001/ble')).toEqual({ siteId: 'st-marys', gatewayId: 'main-0-gw-001' });
  });

  it.each([
    'wardwatch/st-marys/gateways/main-0-gw-001/ble/errors',
    'wardwatch/st-marys/gateways/main-0-gw-001/env',
    'wardwatch/st-marys/cabinets/cab-1/ble',
    'wardwatch//gateways/gw/ble',
    'other/st-marys/gateways/gw/ble',
  ])('ignores %s', (topic) => {
    expect(parseBleTopic(topic)).toBeUndefined();
  });

  it("answers on the gateway's errors topic", () => {
    expect(bleErrorsTopic({ siteId: 'st-marys', gatewayId: 'gw-1' })).toBe('wardwatch/st-marys/gateways/gw-1/ble/errors');
  });
});
