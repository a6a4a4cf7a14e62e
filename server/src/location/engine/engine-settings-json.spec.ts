import { EngineSettingsError, parseEngineSettings } from './engine-settings-json.js';

describe('engine settings from JSON', () => {
  it('takes overrides of known fields with values of the right shape', () => {
    expect(parseEngineSettings('{"rssiNoiseDb": 6, "wallLossByRoomTypeDb": {"imaging": 12}, "openPlanRoomTypes": ["corridor"]}')).toEqual({
      rssiNoiseDb: 6,
      wallLossByRoomTypeDb: { imaging: 12 },
      openPlanRoomTypes: ['corridor'],
    });
    expect(parseEngineSettings('{}')).toEqual({});
  });

  it.each([
    ['not JSON', '{rssiNoiseDb: 6}', undefined, /not JSON/],
    ['not an object', '[1, 2]', undefined, /JSON object/],
    ['an unknown field', '{"rssiNoise": 6}', 'rssiNoise', /not an engine setting/],
    ['a string for a number', '{"tickMs": "500"}', 'tickMs', /must be a number/],
    ['an array for an object', '{"tagReferencePowerDbm": []}', 'tagReferencePowerDbm', /must be an object/],
    ['a value out of range', '{"tickMs": -5}', 'tickMs', /positive number/],
    ['a bad per-room-type loss', '{"wallLossByRoomTypeDb": {"imaging": -1}}', 'wallLossByRoomTypeDb', /imaging/],
  ])('refuses %s, naming the field', (_what, json, field, message) => {
    let thrown: unknown;
    try {
      parseEngineSettings(json);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(EngineSettingsError);
    expect((thrown as EngineSettingsError).field).toBe(field);
    expect((thrown as EngineSettingsError).message).toMatch(message);
  });
});
