import { parseScannerConfig, ScannerConfigError } from './scanner-config.js';

const HTTP = { gatewayId: 'main-0-gw-001', serverUrl: 'https://wardwatch.example', deviceKey: 'wwd_abc' };

function problems(file: unknown, env: Record<string, string> = {}): string[] {
  try {
    parseScannerConfig(file, env);
  } catch (error) {
    if (error instanceof ScannerConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('scanner configuration', () => {
  it('fills the defaults around the required fields', () => {
    expect(parseScannerConfig(HTTP, {})).toMatchObject({
      ...HTTP,
      windowMs: 2_000,
      queueDir: '/var/lib/wardwatch-scanner',
      queueMaxBytes: 64 * 1024 * 1024,
      watchdogSilenceMs: 60_000,
      heartbeatMs: 30_000,
      filters: { ibeaconUuids: [], eddystoneNamespaces: [], altbeaconIds: [] },
    });
  });

  it('lets environment variables override the file, converting numbers', () => {
    const config = parseScannerConfig(HTTP, { WARDWATCH_GATEWAY_ID: 'main-1-gw-002', WARDWATCH_WINDOW_MS: '1000', WARDWATCH_ADAPTER: 'hci1' });
    expect(config).toMatchObject({ gatewayId: 'main-1-gw-002', windowMs: 1_000, adapter: 'hci1' });
  });

  it('works from environment variables alone', () => {
    expect(parseScannerConfig({}, { WARDWATCH_GATEWAY_ID: 'gw', WARDWATCH_MQTT_URL: 'mqtt://broker', WARDWATCH_SITE_ID: 'st-marys' })).toMatchObject({
      mqttUrl: 'mqtt://broker',
      siteId: 'st-marys',
    });
  });

  it('writes filter UUIDs and ids the way libs/beacon spells them', () => {
    const config = parseScannerConfig({ ...HTTP, filters: { ibeaconUuids: ['E2C56DB5DFFB48D2B060D0F5A71096E0'], eddystoneNamespaces: ['8B0CA750095477CB3E77'] } }, {});
    expect(config.filters).toEqual({ ibeaconUuids: ['e2c56db5-dffb-48d2-b060-d0f5a71096e0'], eddystoneNamespaces: ['8b0ca750095477cb3e77'], altbeaconIds: [] });
  });

  it('names each field at fault, with the variable that set it', () => {
    expect(problems({ ...HTTP, windowMs: 50 }, { WARDWATCH_DEVICE_KEY: 'secret' })).toEqual([
      'deviceKey (WARDWATCH_DEVICE_KEY): must be a Wardwatch device key (wwd_…)',
      expect.stringMatching(/^windowMs: /),
    ]);
    expect(problems(HTTP, { WARDWATCH_WINDOW_MS: 'soon' })).toEqual(['WARDWATCH_WINDOW_MS: must be a number']);
    expect(problems({ ...HTTP, filters: { ibeaconUuids: ['nope'] } })).toEqual(['filters.ibeaconUuids.0: must be a UUID']);
  });

  it('requires exactly one way to the server, and what that way needs', () => {
    expect(problems({ gatewayId: 'gw' })).toEqual(['serverUrl: set exactly one of serverUrl (HTTP) or mqttUrl (MQTT)']);
    expect(problems({ gatewayId: 'gw', serverUrl: 'http://x' })).toEqual(['deviceKey: is required with serverUrl (the gateway device key, wwd_…)']);
    expect(problems({ gatewayId: 'gw', mqttUrl: 'mqtt://x' })).toEqual(['siteId: is required with mqttUrl (it names the topics)']);
    expect(problems({ ...HTTP, mqttUrl: 'mqtt://x', siteId: 's' })).toEqual(['serverUrl: set exactly one of serverUrl (HTTP) or mqttUrl (MQTT)']);
  });

  it('refuses unknown settings (a misspelt one would otherwise be silently ignored) and a file that is no object', () => {
    expect(problems({ ...HTTP, windowMS: 1000 })).toEqual(['(file): windowMS: is not a known setting']);
    expect(problems([])).toEqual(['(file): must be a JSON object']);
  });

  it('keeps a segment at most a quarter of the queue bound, so the bound keeps most of the data', () => {
    expect(problems({ ...HTTP, queueMaxBytes: 100_000, queueSegmentBytes: 50_000 })).toEqual(['queueSegmentBytes: must be at most a quarter of queueMaxBytes']);
  });
});

describe('the shipped example (scanner/deploy/config.example.json)', () => {
  it('is a valid configuration', async () => {
    const { readFileSync } = await import('node:fs');
    const example = JSON.parse(readFileSync(new URL('../../deploy/config.example.json', import.meta.url), 'utf8')) as unknown;
    expect(parseScannerConfig(example, {})).toMatchObject({ gatewayId: 'main-0-gw-014', adapter: 'hci0' });
  });
});
