import { Logger, type INestApplication } from '@nestjs/common';
import { createApp } from './app.factory.js';
import { loadConfig } from './platform/config/app-config.js';
import { ConfigError } from './platform/config/config.schema.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const app = await createApp(config);
  stopOnSignals(app);
  await app.listen(config.port, config.host);
  new Logger('Wardwatch').log({
    msg: `Wardwatch listening on http://localhost:${config.port}`,
    database: config.database.kind,
    mqtt: config.mqttUrl ? 'enabled' : 'disabled',
    demo: config.demo,
  });
}

/**
 * SIGTERM/SIGINT: stop accepting requests, let in-flight ones finish, run every
 * shutdown hook (batched writes are flushed there), close the database, exit 0.
 * A shutdown that hangs is cut off after 30 s with exit code 1.
 */
function stopOnSignals(app: INestApplication): void {
  const logger = new Logger('Wardwatch');
  const stop = async (signal: NodeJS.Signals) => {
    logger.log({ msg: 'Shutting down', signal });
    setTimeout(() => {
      logger.error({ msg: 'Shutdown did not finish within 30 s; exiting' });
      process.exit(1);
    }, 30_000).unref();
    await app.close();
    logger.log({ msg: 'Shutdown complete' });
    process.exit(0);
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, (s) => void stop(s));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
