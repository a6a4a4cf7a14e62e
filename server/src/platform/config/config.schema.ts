import { z } from 'zod';
import { ComplianceSettingsError, parseComplianceRules, parseShifts } from '../../hygiene/compliance/compliance-settings.js';
import { EngineSettingsError, parseEngineSettings } from '../../location/engine/engine-settings-json.js';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const port = z.coerce.number().int().min(1).max(65535);

/**
 * Every environment variable Wardwatch reads. Unknown variables are ignored; a
 * known one with a bad value stops start-up with a message naming it.
 * Keep README.md's configuration table in step with this schema.
 */
export const envSchema = z.object({
  PORT: port.default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^mysql:\/\/.+/, 'must be a mysql://user:password@host:port/database URL')
    .optional(),
  DATA_DIR: z.string().min(1).default('data'),
  MQTT_URL: z
    .string()
    .regex(/^(mqtts?|wss?|tcp):\/\/.+/, 'must be an mqtt://, mqtts://, ws:// or wss:// URL')
    .optional(),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SESSION_TTL_MINUTES: z.coerce.number().int().min(5).max(7 * 24 * 60).default(720),
  COOKIE_SECURE: booleanFlag.default(false),
  TRUST_PROXY: booleanFlag.default(false),
  ADMIN_USERNAME: z.string().regex(/^[a-z0-9._-]{3,64}$/, 'must be 3-64 of a-z 0-9 . _ -').default('admin'),
  ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  WARDWATCH_DEMO: booleanFlag.default(false),
  DEMO_SIMULATION: booleanFlag.default(true),
  DEMO_TAG_FAILURE_MINUTES: z.coerce.number().int().min(0).max(24 * 60).default(5),
  DEMO_EXCURSION_MINUTES: z.coerce.number().int().min(0).max(24 * 60).default(5),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('log'),
  LOG_FORMAT: z.enum(['json', 'text']).default('json'),
  JSON_BODY_LIMIT: z
    .string()
    .regex(/^\d+(kb|mb)$/, 'must look like 512kb or 5mb')
    .default('6mb'),
  CLIENT_DIST_DIR: z.string().optional(),
  LOCATION_HISTORY_RETENTION_DAYS: z.coerce.number().int().min(0).max(36_500).default(730),
  HYGIENE_RAW_READING_RETENTION_DAYS: z.coerce.number().int().min(0).max(36_500).default(30),
  LOCATION_ENGINE_SETTINGS: z
    .string()
    .transform((json, context) => {
      try {
        return parseEngineSettings(json);
      } catch (error) {
        if (!(error instanceof EngineSettingsError)) throw error;
        context.addIssue({ code: 'custom', message: error.message });
        return z.NEVER;
      }
    })
    .optional(),
  HYGIENE_SHIFTS: z
    .string()
    .transform((text, context) => complianceSetting(() => parseShifts(text), context))
    .optional(),
  HYGIENE_COMPLIANCE_RULES: z
    .string()
    .transform((json, context) => complianceSetting(() => parseComplianceRules(json), context))
    .optional(),
});

/** A compliance setting parsed, or an issue naming the field at fault. */
function complianceSetting<T>(parse: () => T, context: z.RefinementCtx): T {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof ComplianceSettingsError)) throw error;
    context.addIssue({ code: 'custom', message: error.message });
    return z.NEVER;
  }
}

export type RawEnv = z.input<typeof envSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}
