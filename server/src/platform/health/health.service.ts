import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { MqttConnection, type BrokerState } from '../mqtt/mqtt-connection.service.js';
import { APP_VERSION } from '../version.js';

export interface HealthReport {
  status: 'ok' | 'unavailable';
  version: string;
  uptimeSeconds: number;
  database: { status: 'up' | 'down'; kind: 'mysql' | 'sqlite'; latencyMs?: number; error?: string };
  broker: { status: BrokerState };
}

@Injectable()
export class HealthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mqtt: MqttConnection,
    private readonly config: AppConfig,
  ) {}

  async report(): Promise<HealthReport> {
    const database = await this.probeDatabase();
    return {
      status: database.status === 'up' ? 'ok' : 'unavailable',
      version: APP_VERSION,
      uptimeSeconds: Math.round(process.uptime()),
      database,
      broker: { status: this.mqtt.state },
    };
  }

  private async probeDatabase(): Promise<HealthReport['database']> {
    const kind = this.config.database.kind;
    const started = performance.now();
    try {
      await this.dataSource.query('SELECT 1');
      return { status: 'up', kind, latencyMs: Math.round((performance.now() - started) * 10) / 10 };
    } catch (error) {
      return { status: 'down', kind, error: error instanceof Error ? error.message : String(error) };
    }
  }
}
