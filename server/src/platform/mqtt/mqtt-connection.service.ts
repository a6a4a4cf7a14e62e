import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { connect, type MqttClient } from 'mqtt';
import { AppConfig } from '../config/app-config.js';

export type BrokerState = 'disabled' | 'connecting' | 'up' | 'down';

/**
 * The one connection to the MQTT broker, when MQTT_URL is configured. Start-up
 * does not wait for the broker: devices can still report over HTTP, and the
 * client keeps reconnecting in the background. Features subscribe through it.
 */
@Injectable()
export class MqttConnection implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(MqttConnection.name);
  private mqtt: MqttClient | undefined;
  private current: BrokerState = 'disabled';

  constructor(private readonly config: AppConfig) {}

  get state(): BrokerState {
    return this.current;
  }

  /** The live client, or undefined when MQTT is not configured. */
  get client(): MqttClient | undefined {
    return this.mqtt;
  }

  onModuleInit(): void {
    const url = this.config.mqttUrl;
    if (!url) return;
    this.current = 'connecting';
    const client = connect(url, {
      clientId: `wardwatch-server-${process.pid}-${Math.random().toString(16).slice(2, 8)}`,
      reconnectPeriod: 2000,
      connectTimeout: 5000,
      clean: true,
    });
    client.on('connect', () => {
      if (this.current !== 'up') this.logger.log({ msg: 'MQTT broker connected', url: redact(url) });
      this.current = 'up';
    });
    client.on('close', () => {
      if (this.current === 'up') this.logger.warn({ msg: 'MQTT broker connection lost', url: redact(url) });
      this.current = 'down';
    });
    client.on('error', (error) => this.logger.warn({ msg: 'MQTT error', error: error.message }));
    this.mqtt = client;
  }

  /** Resolves once connected, or rejects after `timeoutMs` (used by tests and the health check). */
  async waitUntilConnected(timeoutMs = 5000): Promise<void> {
    const client = this.mqtt;
    if (!client) throw new Error('MQTT is not configured');
    if (client.connected) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`MQTT broker not reachable within ${timeoutMs} ms`)), timeoutMs);
      client.once('connect', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.mqtt) await this.mqtt.endAsync();
    this.current = this.config.mqttUrl ? 'down' : 'disabled';
  }
}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
