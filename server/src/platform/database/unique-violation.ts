/**
 * A unique index or the primary key refused the write (MySQL/MariaDB `ER_DUP_ENTRY` for both; SQLite
 * `SQLITE_CONSTRAINT_UNIQUE`, or `SQLITE_CONSTRAINT_PRIMARYKEY` for a primary key).
 */
export function isUniqueViolation(error: unknown): boolean {
  const codes = [error, (error as { driverError?: unknown })?.driverError].map((e) => (e as { code?: unknown })?.code);
  return codes.some((code) => code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY');
}
