/**
 * A LIKE pattern matching text that contains `text` literally, for `… LIKE :pattern ESCAPE '!'`: '!'
 * escapes LIKE's wildcards the same way on MySQL and SQLite (a backslash would not).
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[!%_]/g, '!$&')}%`;
}
