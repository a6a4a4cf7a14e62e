import { connectAsync, type MqttClient } from 'mqtt';

/** An ingest refusal as published on a device's `<topic>/errors`. */
export interface IngestErrorAnswer {
  topic: string;
  statusCode: number;
  message: string;
  issues?: Array<{ field: string; message: string }>;
  seq?: number;
}

export interface DeviceMqttClient {
  readonly client: MqttClient;
  /** Every answer received on the errors topics, oldest first. */
  readonly errors: IngestErrorAnswer[];
  /** Publishes a body (JSON-encoded unless a string) at QoS 1, as a device would. */
  publish(topic: string, body: unknown): Promise<unknown>;
  end(): Promise<void>;
}

/** Connects as a device (cabinet, dispenser…) and records the server's answers on `errorsFilter`. */
export async function connectDeviceClient(brokerUrl: string, clientId: string, errorsFilter: string): Promise<DeviceMqttClient> {
  const client = await connectAsync(brokerUrl, { clientId });
  const errors: IngestErrorAnswer[] = [];
  client.on('message', (topic, payload) => errors.push({ topic, ...(JSON.parse(payload.toString()) as Omit<IngestErrorAnswer, 'topic'>) }));
  await client.subscribeAsync(errorsFilter, { qos: 0 });
  return {
    client,
    errors,
    publish: (topic, body) => client.publishAsync(topic, typeof body === 'string' ? body : JSON.stringify(body), { qos: 1 }),
    end: () => client.endAsync(),
  };
}
