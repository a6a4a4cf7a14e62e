import { DEFAULT_ENGINE_CONFIG, EngineConfigError, resolveEngineConfig } from './engine-config.js';

describe('resolveEngineConfig', () => {
  it('fills in the documented defaults', () => {
    expect(resolveEngineConfig()).toEqual(DEFAULT_ENGINE_CONFIG);
    expect(resolveEngineConfig({ tickMs: 250 })).toMatchObject({ tickMs: 250, allowedLatenessMs: DEFAULT_ENGINE_CONFIG.allowedLatenessMs });
  });

  it.each([
    [{ pathLossExponent: 0 }, 'pathLossExponent'],
    [{ tickMs: 250.5 }, 'tickMs'],
    [{ allowedLatenessMs: -1 }, 'allowedLatenessMs'],
    [{ rssiWindowMs: 100 }, 'rssiWindowMs'],
    [{ gatewayTimeoutMs: 1000 }, 'gatewayTimeoutMs'],
    [{ maxGatewaysPerTag: 0 }, 'maxGatewaysPerTag'],
    [{ minRoomDwellMs: 60_000 }, 'minRoomDwellMs'],
    [{ confidenceBandEdges: [0.8, 0.4] }, 'confidenceBandEdges'],
    [{ tagReferencePowerDbm: { 'tag-1': Number.NaN } }, 'tagReferencePowerDbm'],
  ])('refuses %j, naming %s', (overrides, field) => {
    expect(() => resolveEngineConfig(overrides)).toThrow(EngineConfigError);
    expect(() => resolveEngineConfig(overrides)).toThrow(new RegExp(`^${field}:`));
  });
});
