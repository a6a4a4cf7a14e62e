/**
 * Which real services the tests use. On CI and developer machines the suites
 * run against MySQL/MariaDB and Mosquitto named here; on a fresh machine
 * without them, only the embedded equivalents run (SQLite, an in-process broker).
 * This is the only file of the test support that reads process.env.
 */
export const TEST_MYSQL_URL: string | undefined = process.env.TEST_MYSQL_URL || undefined;
export const TEST_MQTT_URL: string | undefined = process.env.TEST_MQTT_URL || undefined;
