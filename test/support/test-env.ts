import { existsSync } from 'node:fs';

/**
 * What this end-to-end run has. CI sets WARDWATCH_REQUIRE_REAL_SERVICES=1 so a
 * missing browser or database fails the run instead of being skipped.
 */
export const TEST_MYSQL_URL: string | undefined = process.env.TEST_MYSQL_URL || undefined;
export const TEST_MQTT_URL: string | undefined = process.env.TEST_MQTT_URL || undefined;
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const REQUIRE_REAL_SERVICES = process.env.WARDWATCH_REQUIRE_REAL_SERVICES === '1';
export const ARTIFACTS_DIR = 'test-artifacts';

export function browserAvailable(): boolean {
  const present = existsSync(CHROMIUM_PATH);
  if (!present && REQUIRE_REAL_SERVICES) {
    throw new Error(`Chromium is required on this run but ${CHROMIUM_PATH} does not exist (apt-get install chromium)`);
  }
  return present;
}
