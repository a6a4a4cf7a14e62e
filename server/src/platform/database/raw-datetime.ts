/**
 * A DATETIME from a raw query as epoch ms: mysql2 gives a Date (the connection is UTC); better-sqlite3 gives
 * the text TypeORM stored, `YYYY-MM-DD HH:MM:SS.mmm` in UTC.
 */
export function epochMsOf(value: Date | string): number {
  return value instanceof Date ? value.getTime() : Date.parse(`${value.replace(' ', 'T')}Z`);
}
