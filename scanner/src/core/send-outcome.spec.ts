import { outcomeOfStatus } from './send-outcome.js';

describe('what an answer means for the queue', () => {
  it('takes a 2xx as delivered, noting a duplicate (the seq was accepted before)', () => {
    expect(outcomeOfStatus(200, { accepted: 3, duplicate: false })).toEqual({ kind: 'delivered', duplicate: false });
    expect(outcomeOfStatus(200, { accepted: 0, duplicate: true })).toEqual({ kind: 'delivered', duplicate: true });
    expect(outcomeOfStatus(204, undefined)).toEqual({ kind: 'delivered', duplicate: false });
  });

  it("takes a 4xx as refused for good, with the server's message", () => {
    expect(outcomeOfStatus(400, { statusCode: 400, message: 'Invalid BLE batch: sightings[3].rssi must be <= 20' })).toEqual({
      kind: 'rejected',
      status: 400,
      message: 'Invalid BLE batch: sightings[3].rssi must be <= 20',
    });
    expect(outcomeOfStatus(403, 'not json')).toEqual({ kind: 'rejected', status: 403, message: 'HTTP 403' });
  });

  it('retries 5xx, and the 4xx that mean "later" (408 timeout, 429 too many requests)', () => {
    for (const status of [500, 502, 503, 408, 429]) expect(outcomeOfStatus(status, undefined).kind).toBe('retry');
    expect(outcomeOfStatus(503, { message: 'down for maintenance' })).toEqual({ kind: 'retry', reason: 'HTTP 503: down for maintenance' });
  });

  it('retries a 3xx: a redirect is a misconfigured URL or proxy that someone will fix, not a refusal of the batch', () => {
    expect(outcomeOfStatus(301, undefined).kind).toBe('retry');
  });
});
