import { Logger } from '@nestjs/common';
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
  await app.listen(config.port, config.host);
  new Logger('Wardwatch').log({
    msg: `Wardwatch listening on http://localhost:${config.port}`,
    database: config.database.kind,
    mqtt: config.mqttUrl ? 'enabled' : 'disabled',
    demo: config.demo,
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
