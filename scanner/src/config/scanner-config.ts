/**
 * The scanner agent's configuration: one JSON file (WARDWATCH_SCANNER_CONFIG, default
 * /etc/wardwatch-scanner/config.json) with environment variables over it, validated once at start.
 * A bad value stops the agent with a message naming the field. docs/scanner.md has the reference.
 */
import { z } from 'zod';

const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;
const HEX20 = /^[0-9a-f]{20}$/i;
const HEX40 = /^[0-9a-f]{40}$/i;

/** Lower case, dashes in the 8-4-4-4-12 places: the spelling of libs/beacon's iBeacon frames. */
function canonicalUuid(uuid: string): string {
  const hex = uuid.replaceAll('-', '').toLowerCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const filtersSchema = z
  .object({
    ibeaconUuids: z.array(z.string().regex(UUID, 'must be a UUID').transform(canonicalUuid)).default([]),
    eddystoneNamespaces: z.array(z.string().regex(HEX20, 'must be 20 hex digits').transform((s) => s.toLowerCase())).default([]),
    altbeaconIds: z.array(z.string().regex(HEX40, 'must be 40 hex digits').transform((s) => s.toLowerCase())).default([]),
  })
  .strict()
  .default({ ibeaconUuids: [], eddystoneNamespaces: [], altbeaconIds: [] });

export const scannerConfigSchema = z
  .object({
    gatewayId: z.string().min(1).max(64),
    /** The gateway's site on the floor plan: names the MQTT topics. */
    siteId: z.string().min(1).max(64).optional(),
    /** The gateway's device key (HTTP). */
    deviceKey: z.string().regex(/^wwd_[A-Za-z0-9_-]+$/, 'must be a Wardwatch device key (wwd_…)').optional(),
    serverUrl: z.url({ protocol: /^https?$/, message: 'must be an http:// or https:// URL' }).optional(),
    mqttUrl: z.string().regex(/^(mqtts?|wss?|tcp):\/\/.+/, 'must be an mqtt://, mqtts://, ws:// or wss:// URL').optional(),
    mqttUsername: z.string().min(1).optional(),
    mqttPassword: z.string().min(1).optional(),
    /** BlueZ adapter name (hci0, hci1 …); the first adapter BlueZ lists when absent. */
    adapter: z.string().regex(/^hci\d+$/, 'must be an adapter name like hci0').optional(),
    filters: filtersSchema,
    /** Aggregation window: one batch per window. docs/ingest-ble.md recommends 1-2 s. */
    windowMs: z.number().int().min(200).max(60_000).default(2_000),
    queueDir: z.string().min(1).default('/var/lib/wardwatch-scanner'),
    /** Bound of the on-disk queue; the oldest segments are dropped (and counted) beyond it. */
    queueMaxBytes: z.number().int().min(64 * 1024).default(64 * 1024 * 1024),
    /** Size at which the queue starts a new segment file; must be at most a quarter of queueMaxBytes. */
    queueSegmentBytes: z.number().int().min(4 * 1024).default(1024 * 1024),
    backoffInitialMs: z.number().int().min(10).default(1_000),
    backoffMaxMs: z.number().int().min(10).default(60_000),
    requestTimeoutMs: z.number().int().min(100).default(10_000),
    /** Recover (re-acquire the adapter, restart discovery) after this long without an advertisement. */
    watchdogSilenceMs: z.number().int().min(1_000).default(60_000),
    watchdogCheckMs: z.number().int().min(100).default(5_000),
    heartbeatMs: z.number().int().min(1_000).default(30_000),
    logLevel: z.enum(['error', 'warn', 'info', 'debug']).default('info'),
  })
  .strict()
  .superRefine((config, ctx) => {
    if ((config.serverUrl === undefined) === (config.mqttUrl === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['serverUrl'], message: 'set exactly one of serverUrl (HTTP) or mqttUrl (MQTT)' });
    }
    if (config.serverUrl !== undefined && config.deviceKey === undefined) {
      ctx.addIssue({ code: 'custom', path: ['deviceKey'], message: 'is required with serverUrl (the gateway device key, wwd_…)' });
    }
    if (config.mqttUrl !== undefined && config.siteId === undefined) {
      ctx.addIssue({ code: 'custom', path: ['siteId'], message: 'is required with mqttUrl (it names the topics)' });
    }
    if (config.queueSegmentBytes * 4 > config.queueMaxBytes) {
      ctx.addIssue({ code: 'custom', path: ['queueSegmentBytes'], message: 'must be at most a quarter of queueMaxBytes' });
    }
    if (config.backoffMaxMs < config.backoffInitialMs) {
      ctx.addIssue({ code: 'custom', path: ['backoffMaxMs'], message: 'must be at least backoffInitialMs' });
    }
  });

export type ScannerConfig = z.output<typeof scannerConfigSchema>;
export type BeaconFilters = ScannerConfig['filters'];

/** Environment variables and the config field each one sets (over the file). */
export const ENV_FIELDS = {
  WARDWATCH_GATEWAY_ID: 'gatewayId',
  WARDWATCH_SITE_ID: 'siteId',
  WARDWATCH_DEVICE_KEY: 'deviceKey',
  WARDWATCH_SERVER_URL: 'serverUrl',
  WARDWATCH_MQTT_URL: 'mqttUrl',
  WARDWATCH_MQTT_USERNAME: 'mqttUsername',
  WARDWATCH_MQTT_PASSWORD: 'mqttPassword',
  WARDWATCH_ADAPTER: 'adapter',
  WARDWATCH_WINDOW_MS: 'windowMs',
  WARDWATCH_QUEUE_DIR: 'queueDir',
  WARDWATCH_QUEUE_MAX_BYTES: 'queueMaxBytes',
  WARDWATCH_WATCHDOG_SILENCE_MS: 'watchdogSilenceMs',
  WARDWATCH_HEARTBEAT_MS: 'heartbeatMs',
  WARDWATCH_LOG_LEVEL: 'logLevel',
} as const satisfies Record<string, keyof ScannerConfig>;

const NUMERIC_FIELDS = new Set<string>(['windowMs', 'queueMaxBytes', 'watchdogSilenceMs', 'heartbeatMs']);

/** Where the agent reads its file when WARDWATCH_SCANNER_CONFIG is not set. */
export const DEFAULT_CONFIG_FILE = '/etc/wardwatch-scanner/config.json';

export class ScannerConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid scanner configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ScannerConfigError';
  }
}

/**
 * The configuration from the file's parsed JSON (`{}` when there is no file) and the environment.
 * @throws ScannerConfigError naming every field at fault (by its env variable when that set it)
 */
export function parseScannerConfig(file: unknown, env: Readonly<Record<string, string | undefined>>): ScannerConfig {
  if (typeof file !== 'object' || file === null || Array.isArray(file)) throw new ScannerConfigError(['(file): must be a JSON object']);
  const merged: Record<string, unknown> = { ...(file as Record<string, unknown>) };
  const fromEnv = new Map<string, string>();
  const problems: string[] = [];
  for (const [variable, field] of Object.entries(ENV_FIELDS)) {
    const value = env[variable];
    if (value === undefined || value === '') continue;
    fromEnv.set(field, variable);
    if (NUMERIC_FIELDS.has(field)) {
      const number = Number(value);
      if (!Number.isFinite(number)) problems.push(`${variable}: must be a number`);
      merged[field] = number;
    } else {
      merged[field] = value;
    }
  }
  if (problems.length > 0) throw new ScannerConfigError(problems);
  const result = scannerConfigSchema.safeParse(merged);
  if (result.success) return result.data;
  throw new ScannerConfigError(
    result.error.issues.map((issue) => {
      const field = issue.path.map(String).join('.') || '(file)';
      const variable = fromEnv.get(field);
      const message = issue.code === 'unrecognized_keys' ? `${issue.keys.join(', ')}: is not a known setting` : issue.message;
      return `${field}${variable ? ` (${variable})` : ''}: ${message}`;
    }),
  );
}
