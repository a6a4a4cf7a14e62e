/** Number formatting for the report. */

export function int(value: number): string {
  return Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : '–';
}

export function fixed(value: number | null | undefined, digits = 1): string {
  return value !== null && value !== undefined && Number.isFinite(value) ? value.toFixed(digits) : '–';
}

/** A share 0…1 as a percentage. */
export function percent(share: number, digits = 1): string {
  return Number.isFinite(share) ? `${(share * 100).toFixed(digits)} %` : '–';
}

export function mib(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(1)} MiB`;
}

export function seconds(value: number, digits = 1): string {
  return Number.isFinite(value) ? `${value.toFixed(digits)} s` : '–';
}

export function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function verdict(met: boolean): string {
  return met ? '**met**' : '**not met**';
}
