/** Polls `read` every 25 ms until `wanted` holds for its value (asynchronous effects: MQTT, background work); throws after `timeoutMs`. */
export async function until<T>(read: () => Promise<T> | T, wanted: (value: T) => boolean, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (wanted(value)) return value;
    if (Date.now() > deadline) throw new Error(`not reached in time; last ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
