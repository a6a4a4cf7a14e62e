import { randomBytes } from 'node:crypto';
import { createConnection } from 'mysql2/promise';

export interface ScratchMysqlDatabase {
  /** The server URL with the scratch database as its path. */
  url: string;
  name: string;
  drop(): Promise<void>;
}

/**
 * Creates an empty, uniquely named database on the given MySQL/MariaDB server. The migration
 * generator, the tests and the benchmarks use it so they never touch a database someone cares about.
 */
export async function createScratchMysqlDatabase(serverUrl: string, purpose: string): Promise<ScratchMysqlDatabase> {
  const name = `ww_${purpose}_${randomBytes(4).toString('hex')}`;
  const admin = await createConnection(serverUrl);
  try {
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: async () => {
      const connection = await createConnection(serverUrl);
      try {
        await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
      } finally {
        await connection.end();
      }
    },
  };
}

/** A scratch database for the length of `work`, dropped afterwards. */
export async function withScratchMysqlDatabase<T>(serverUrl: string, purpose: string, work: (url: string) => Promise<T>): Promise<T> {
  const scratch = await createScratchMysqlDatabase(serverUrl, purpose);
  try {
    return await work(scratch.url);
  } finally {
    await scratch.drop();
  }
}
