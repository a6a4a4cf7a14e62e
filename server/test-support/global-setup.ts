import { createConnection } from 'mysql2/promise';
// Loaded by Jest outside its module system, so it reads the environment itself.
const TEST_MYSQL_URL = process.env.TEST_MYSQL_URL || undefined;
const TEST_MQTT_URL = process.env.TEST_MQTT_URL || undefined;

/** Says which databases and broker the run uses, and fails fast if a configured one is down. */
export default async function globalSetup(): Promise<void> {
  if (TEST_MYSQL_URL) {
    const connection = await createConnection(TEST_MYSQL_URL).catch((error: Error) => {
      throw new Error(`TEST_MYSQL_URL is set but MySQL is not reachable: ${error.message}`);
    });
    await connection.end();
  }
  const databases = TEST_MYSQL_URL ? 'sqlite + mysql' : 'sqlite only (set TEST_MYSQL_URL to add MySQL)';
  const broker = TEST_MQTT_URL ? `mqtt broker ${TEST_MQTT_URL}` : 'embedded mqtt broker (set TEST_MQTT_URL for a real one)';
  process.stdout.write(`\n[wardwatch tests] databases: ${databases}; ${broker}\n`);
}
