/**
 * Server-sent events on the wire (WHATWG HTML, "Server-sent events"): `event:` names the event,
 * `data:` carries one line of JSON (JSON.stringify escapes every newline, so one line is enough), a
 * blank line ends it. Lines starting with `:` are comments, which clients ignore: our heartbeat.
 */
export function sseEvent(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

export function sseComment(text: string): string {
  return `: ${text}\n\n`;
}

/** How long the browser waits before reconnecting after the stream drops. */
export function sseRetry(ms: number): string {
  return `retry: ${ms}\n\n`;
}
