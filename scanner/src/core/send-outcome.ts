/**
 * What an answer to a batch means for the queue (docs/ingest-ble.md, "seq and retries"): a 2xx is
 * delivered (a duplicate is too: the seq was accepted before); a 4xx is refused and will be refused
 * again, so it is logged and dropped, not retried forever; everything else (5xx, no answer, a lost
 * connection) is retried, the same batch with the same seq. 408 and 429 are the 4xx that mean "later",
 * not "never" (RFC 9110 §15.5.9, RFC 6585 §4), so they are retried too.
 */
export type SendOutcome =
  | { readonly kind: 'delivered'; readonly duplicate: boolean }
  | { readonly kind: 'rejected'; readonly status: number; readonly message: string }
  | { readonly kind: 'retry'; readonly reason: string };

export function outcomeOfStatus(status: number, body: unknown): SendOutcome {
  if (status >= 200 && status < 300) {
    return { kind: 'delivered', duplicate: typeof body === 'object' && body !== null && (body as { duplicate?: unknown }).duplicate === true };
  }
  if (status >= 400 && status < 500 && status !== 408 && status !== 429) {
    return { kind: 'rejected', status, message: serverMessage(body) ?? `HTTP ${status}` };
  }
  return { kind: 'retry', reason: `HTTP ${status}${serverMessage(body) ? `: ${serverMessage(body)}` : ''}` };
}

/** The `message` of a Wardwatch error body ({ statusCode, error, message, issues? }), when there is one. */
function serverMessage(body: unknown): string | undefined {
  const message = typeof body === 'object' && body !== null ? (body as { message?: unknown }).message : undefined;
  return typeof message === 'string' ? message : undefined;
}
