import { randomBytes } from 'node:crypto';
import { createConnection } from 'mysql2/promise';

/**
 * Creates an empty database on the given MySQL/MariaDB server, hands its URL to
 * `work`, and drops it afterwards. Used by the migration generator and the tests
 * so they never touch a database someone cares about.
 */
export async function withScratchMysqlDatabase<T>(serverUrl: string, purpose: string, work: (url: string) => Promise<T>): Promise<T> {
  const name = `ww_${purpose}_${randomBytes(4).toString('hex')}`;
  const admin = await createConnection(serverUrl);
  try {
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return await work(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await admin.end();
  }
}
