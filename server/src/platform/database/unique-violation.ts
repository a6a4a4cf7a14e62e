/** A unique index refused the write (MySQL/MariaDB `ER_DUP_ENTRY` or SQLite `SQLITE_CONSTRAINT_UNIQUE`). */
export function isUniqueViolation(error: unknown): boolean {
  const codes = [error, (error as { driverError?: unknown })?.driverError].map((e) => (e as { code?: unknown })?.code);
  return codes.some((code) => code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_UNIQUE');
}
