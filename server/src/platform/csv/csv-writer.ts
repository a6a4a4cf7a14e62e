/**
 * CSV as RFC 4180 writes it: records end in CRLF; a field holding a comma, a double quote, CR or LF is
 * quoted, and its quotes doubled. A field starting with =, +, - or @ is prefixed with a single quote when
 * it is not a number, so a spreadsheet opening an export does not run it as a formula (OWASP CSV injection).
 */

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?\d+(\.\d+)?$/;

export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) && !NUMBER.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvRecord(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

/** The records as one CSV text, with a byte-order mark so spreadsheets read it as UTF-8 (°C, names). */
export function csvDocument(records: ReadonlyArray<readonly string[]>): string {
  return `\uFEFF${records.map(csvRecord).join('')}`;
}
