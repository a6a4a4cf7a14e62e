import { createServer, type AddressInfo } from 'node:net';
import { Aedes } from 'aedes';
import { TEST_MQTT_URL } from './test-env.js';

export interface TestBroker {
  url: string;
  kind: 'real' | 'embedded';
  close(): Promise<void>;
}

/**
 * The broker a test talks to: the real one named by TEST_MQTT_URL (CI: Mosquitto),
 * else an embedded aedes broker on a free loopback port.
 */
export async function startTestBroker(): Promise<TestBroker> {
  if (TEST_MQTT_URL) return { url: TEST_MQTT_URL, kind: 'real', close: async () => undefined };
  const broker = await Aedes.createBroker();
  const server = createServer(broker.handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `mqtt://127.0.0.1:${port}`,
    kind: 'embedded',
    close: async () => {
      await new Promise<void>((resolve) => broker.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
