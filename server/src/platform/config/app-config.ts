import { isAbsolute, resolve } from 'node:path';
import { DEFAULT_SHIFTS, type Shift } from '../../hygiene/compliance/compliance-calendar.js';
import { DEFAULT_COMPLIANCE_RULES, type ComplianceRules } from '../../hygiene/compliance/compliance-rules.js';
import type { EngineConfig } from '../../location/engine/engine-config.js';
import { ConfigError, envSchema } from './config.schema.js';
import { repoRoot } from './repo-root.js';

export type DatabaseSettings =
  | { kind: 'mysql'; url: string }
  | { kind: 'sqlite'; file: string };

/**
 * The validated configuration, built once from the environment. Inject it by
 * this class; nothing else in the server reads process.env.
 */
export class AppConfig {
  constructor(
    readonly port: number,
    readonly host: string,
    readonly database: DatabaseSettings,
    readonly dataDir: string,
    readonly mqttUrl: string | undefined,
    readonly sessionSecret: string | undefined,
    readonly sessionTtlMinutes: number,
    readonly cookieSecure: boolean,
    readonly trustProxy: boolean,
    readonly adminUsername: string,
    readonly adminPassword: string | undefined,
    readonly demo: boolean,
    /** In demo mode, simulated gateways report St Mary's fleet through the ingest (server/src/demo/simulation). */
    readonly demoSimulation: boolean,
    /** Minutes after the simulation starts at which its failing tag stops transmitting; 0: never. */
    readonly demoTagFailureMinutes: number,
    readonly logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose',
    readonly logFormat: 'json' | 'text',
    readonly jsonBodyLimit: string,
    readonly clientDistDir: string,
    /** Location engine overrides (LOCATION_ENGINE_SETTINGS), already checked; defaults in engine-config.ts. */
    readonly locationEngine: Partial<EngineConfig> = {},
    /** Days of room-transition history kept; 0 keeps it for ever. */
    readonly locationHistoryRetentionDays = 730,
    /** Days of raw environment readings kept (the aggregates are kept for ever); 0 keeps them for ever. */
    readonly hygieneRawReadingRetentionDays = 30,
    /** Shifts compliance is reported by (HYGIENE_SHIFTS), in the site's local time. */
    readonly hygieneShifts: readonly Shift[] = DEFAULT_SHIFTS,
    /** Hand-hygiene windows and minimum stay (HYGIENE_COMPLIANCE_RULES over the defaults), already checked. */
    readonly hygieneComplianceRules: Readonly<ComplianceRules> = DEFAULT_COMPLIANCE_RULES,
    /** Minutes after the demo simulation starts at which a medication fridge's door is left open (an environment excursion); 0: never. */
    readonly demoExcursionMinutes = 5,
  ) {}
}

/** Parses and validates the environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  // Empty strings mean "unset" so that `FOO= npm start` behaves like no FOO at all.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const dataDir = absolute(e.DATA_DIR);
  return new AppConfig(
    e.PORT,
    e.HOST,
    e.DATABASE_URL ? { kind: 'mysql', url: e.DATABASE_URL } : { kind: 'sqlite', file: resolve(dataDir, 'wardwatch.sqlite') },
    dataDir,
    e.MQTT_URL,
    e.SESSION_SECRET,
    e.SESSION_TTL_MINUTES,
    e.COOKIE_SECURE,
    e.TRUST_PROXY,
    e.ADMIN_USERNAME,
    e.ADMIN_PASSWORD,
    e.WARDWATCH_DEMO,
    e.DEMO_SIMULATION,
    e.DEMO_TAG_FAILURE_MINUTES,
    e.LOG_LEVEL,
    e.LOG_FORMAT,
    e.JSON_BODY_LIMIT,
    absolute(e.CLIENT_DIST_DIR ?? 'dist/client/browser'),
    e.LOCATION_ENGINE_SETTINGS ?? {},
    e.LOCATION_HISTORY_RETENTION_DAYS,
    e.HYGIENE_RAW_READING_RETENTION_DAYS,
    e.HYGIENE_SHIFTS ?? DEFAULT_SHIFTS,
    e.HYGIENE_COMPLIANCE_RULES ?? DEFAULT_COMPLIANCE_RULES,
    e.DEMO_EXCURSION_MINUTES,
  );
}

function absolute(path: string): string {
  return isAbsolute(path) ? path : resolve(repoRoot(), path);
}
