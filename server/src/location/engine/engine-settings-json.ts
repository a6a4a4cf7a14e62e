/**
 * Engine settings written as JSON (the LOCATION_ENGINE_SETTINGS variable): overrides of
 * `EngineConfig`, each key one of its fields with a value of the default's shape, then range-checked
 * by `resolveEngineConfig`. Every problem names the field.
 */
import { DEFAULT_ENGINE_CONFIG, EngineConfigError, resolveEngineConfig, type EngineConfig } from './engine-config.js';

export class EngineSettingsError extends Error {
  constructor(
    readonly field: string | undefined,
    message: string,
  ) {
    super(field === undefined ? message : `${field}: ${message}`);
    this.name = 'EngineSettingsError';
  }
}

export function parseEngineSettings(json: string): Partial<EngineConfig> {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new EngineSettingsError(undefined, `is not JSON (${(error as Error).message})`);
  }
  if (!isPlainObject(value)) throw new EngineSettingsError(undefined, 'must be a JSON object of engine settings');
  const defaults = DEFAULT_ENGINE_CONFIG as unknown as Record<string, unknown>;
  for (const [field, setting] of Object.entries(value)) {
    if (!(field in defaults)) throw new EngineSettingsError(field, 'is not an engine setting (see server/src/location/engine/engine-config.ts)');
    const expected = shapeOf(defaults[field]);
    if (shapeOf(setting) !== expected) throw new EngineSettingsError(field, `must be ${expected}`);
  }
  const overrides = value as Partial<EngineConfig>;
  try {
    resolveEngineConfig(overrides);
  } catch (error) {
    if (error instanceof EngineConfigError) throw new EngineSettingsError(error.field, error.message.slice(error.field.length + 2));
    throw error;
  }
  return overrides;
}

function shapeOf(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (isPlainObject(value)) return 'an object';
  return `a ${typeof value}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
