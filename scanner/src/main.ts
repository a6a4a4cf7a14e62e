/**
 * The scanner agent's entry: `node dist/scanner/scanner/src/main.js` (npm run scanner). Reads the
 * configuration, runs the agent until SIGTERM or SIGINT, then flushes the current window to the queue
 * and exits 0. docs/scanner.md describes installation and operation.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DEFAULT_CONFIG_FILE, parseScannerConfig, ScannerConfigError, type ScannerConfig } from './config/scanner-config.js';
import { BluezScanner } from './io/bluez-scanner.js';
import { HttpTransport } from './io/http-transport.js';
import { errorText, jsonLogger } from './io/json-logger.js';
import { ScannerAgent } from './io/scanner-agent.js';
import type { Transport } from './io/transport.js';

function loadConfig(env: NodeJS.ProcessEnv): ScannerConfig {
  const explicit = env['WARDWATCH_SCANNER_CONFIG'];
  const file = explicit || DEFAULT_CONFIG_FILE;
  let json: unknown = {};
  try {
    json = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    // Without WARDWATCH_SCANNER_CONFIG, environment variables alone may configure the agent.
    if (!(missing && !explicit)) throw new ScannerConfigError([`${file}: ${missing ? 'does not exist' : `is not valid JSON (${errorText(error)})`}`]);
  }
  return parseScannerConfig(json, env);
}

/** The version of the installation (the repository's package.json), reported in heartbeats. */
function agentVersion(): string {
  let dir = import.meta.dirname;
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (manifest.name === 'wardwatch') return manifest.version ?? 'unknown';
    } catch {
      // not here: look further up
    }
    const parent = dirname(dir);
    if (parent === dir) return 'unknown';
    dir = parent;
  }
}

async function main(): Promise<void> {
  let config: ScannerConfig;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    process.stderr.write(`${errorText(error)}\n`);
    process.exit(2);
  }
  const log = jsonLogger(config.logLevel);
  // The agent is built to let nothing escape; should a library still throw from a callback, log it and
  // keep scanning: the watchdog recovers the adapter, the queue is on disk.
  process.on('uncaughtException', (error) => log.error('uncaught exception', { error: errorText(error), stack: error.stack }));
  process.on('unhandledRejection', (reason) => log.error('unhandled rejection', { error: errorText(reason) }));

  // mqtt.js is loaded only when used: an HTTP gateway does not carry it in memory.
  const transport: Transport =
    config.serverUrl !== undefined
      ? new HttpTransport(config.serverUrl, config.deviceKey as string, config.requestTimeoutMs)
      : new (await import('./io/mqtt-transport.js')).MqttTransport(
          {
            url: config.mqttUrl as string,
            siteId: config.siteId as string,
            gatewayId: config.gatewayId,
            username: config.mqttUsername,
            password: config.mqttPassword,
            timeoutMs: config.requestTimeoutMs,
          },
          log,
        );
  const agent = new ScannerAgent({
    config,
    log,
    transport,
    scanner: (events) => new BluezScanner(config.adapter, events, log),
    version: agentVersion(),
  });

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('stopping', { signal });
    void agent.stop().then(() => process.exit(0));
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  try {
    await agent.start();
  } catch (error) {
    log.error('could not start (is the queue folder writable?)', { error: errorText(error), queueDir: config.queueDir });
    process.exit(1);
  }
}

void main();
