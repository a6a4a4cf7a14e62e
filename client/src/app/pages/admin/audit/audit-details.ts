/**
 * An audit entry's `details` as one line: the server records whatever context an action has
 * (changed fields, a device id, a count), so it arrives as free-form JSON.
 */
export function describeDetails(details: unknown): string {
  if (details === null || details === undefined) return '';
  if (typeof details !== 'object') return String(details);
  if (Array.isArray(details)) return details.map(describeValue).join(', ');
  return Object.entries(details)
    .map(([name, value]) => `${name}: ${describeValue(value)}`)
    .join(', ');
}

function describeValue(value: unknown): string {
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}
