import { Injectable, Logger, type BeforeApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { IngestSource } from '../ingest/ble-ingest.service.js';
import { GatewayDirectory } from '../ingest/gateway-directory.service.js';
import { GatewayNotAllowedError } from '../ingest/ingest-errors.js';
import { SerialSaves } from '../platform/database/serial-saves.js';
import { InvalidInputError } from '../platform/http/domain-error.js';
import type { GatewayHeartbeatBody } from './gateway-heartbeat.js';
import { GatewayHeartbeatState } from './gateway-heartbeat.entity.js';
import { validateGatewayHeartbeat } from './gateway-heartbeat.schema.js';

/** How often changed heartbeats are written: one statement for all of them, never one per heartbeat. */
export const HEARTBEAT_FLUSH_MS = 5_000;

/**
 * The latest heartbeat of every gateway, in memory (a heartbeat reads and writes no database) and saved
 * every few seconds and at shutdown, so the gateway-health view survives a restart. Heartbeats come over
 * HTTP (device key) and MQTT (topic), through the same checks as the BLE ingest's.
 */
@Injectable()
export class GatewayHeartbeatService implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger(GatewayHeartbeatService.name);
  private readonly latest = new Map<string, GatewayHeartbeatState>();
  private readonly changed = new Set<string>();
  private readonly saves = new SerialSaves();

  constructor(
    @InjectRepository(GatewayHeartbeatState) private readonly states: Repository<GatewayHeartbeatState>,
    private readonly gateways: GatewayDirectory,
  ) {}

  async onModuleInit(): Promise<void> {
    for (const row of await this.states.find()) this.latest.set(row.gatewayId, row);
  }

  /**
   * Takes one heartbeat from `gatewayId`, the gateway the caller proved to be.
   * @throws GatewayNotAllowedError (403) when it is no placed BLE gateway, the body names another, or the MQTT topic's site is not its site
   * @throws InvalidInputError (400) naming each field at fault
   */
  async accept(gatewayId: string, body: unknown, source: IngestSource, nowMs = Date.now()): Promise<void> {
    const gateway = await this.gateways.find(gatewayId);
    if (gateway === undefined) throw new GatewayNotAllowedError(`Device "${gatewayId}" is not a BLE gateway placed on a floor plan`);
    if (source.via === 'mqtt' && source.siteId !== gateway.siteId) {
      throw new GatewayNotAllowedError(`Gateway "${gatewayId}" is on site "${gateway.siteId}", not "${source.siteId}"`, [
        { field: 'topic', message: `must be wardwatch/${gateway.siteId}/gateways/${gatewayId}/heartbeat` },
      ]);
    }
    const validation = validateGatewayHeartbeat(body);
    if (!validation.ok) {
      const [first] = validation.issues.listed;
      const more = validation.issues.count - 1;
      throw new InvalidInputError(`Invalid gateway heartbeat: ${first.field} ${first.message}${more > 0 ? ` (and ${more} more)` : ''}`, validation.issues.listed);
    }
    const heartbeat = validation.heartbeat;
    if (heartbeat.gatewayId !== gatewayId) {
      const prover = source.via === 'http' ? 'device key' : 'topic';
      throw new GatewayNotAllowedError(`This ${prover} belongs to gateway "${gatewayId}"; the heartbeat is from "${heartbeat.gatewayId}"`, [
        { field: 'gatewayId', message: `must be "${gatewayId}", the gateway of this ${prover}` },
      ]);
    }
    const sentAt = new Date(heartbeat.sentAt);
    if (Number.isNaN(sentAt.getTime())) throw new InvalidInputError('Invalid gateway heartbeat: sentAt is not a valid date-time', [{ field: 'sentAt', message: 'is not a valid date-time' }]);
    this.latest.set(gatewayId, rowOf(heartbeat, sentAt, new Date(nowMs)));
    this.changed.add(gatewayId);
  }

  /** The latest heartbeat of each gateway that sent one. */
  all(): GatewayHeartbeatState[] {
    return [...this.latest.values()];
  }

  get(gatewayId: string): GatewayHeartbeatState | undefined {
    return this.latest.get(gatewayId);
  }

  /** Saves the heartbeats changed since the last save; saves never overlap. */
  @Interval(HEARTBEAT_FLUSH_MS)
  flush(): Promise<void> {
    return this.saves.run(() => this.saveChanged());
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.flush();
  }

  private async saveChanged(): Promise<void> {
    if (this.changed.size === 0) return;
    const ids = [...this.changed];
    this.changed.clear();
    const rows = ids.map((id) => this.latest.get(id) as GatewayHeartbeatState);
    try {
      await this.states.upsert(rows, ['gatewayId']);
    } catch (error) {
      for (const id of ids) this.changed.add(id);
      this.logger.warn({ msg: 'Could not save gateway heartbeats; will retry', gateways: ids.length, error: String(error) });
    }
  }
}

function rowOf(heartbeat: GatewayHeartbeatBody, sentAt: Date, receivedAt: Date): GatewayHeartbeatState {
  return {
    gatewayId: heartbeat.gatewayId,
    receivedAt,
    sentAt,
    version: heartbeat.version,
    uptimeSeconds: heartbeat.uptimeSeconds,
    adapterName: heartbeat.adapter.name,
    adapterState: heartbeat.adapter.state,
    advertisementsPerSecond: heartbeat.advertisementsPerSecond,
    sightingsPerSecond: heartbeat.sightingsPerSecond,
    queueDepth: heartbeat.queue.depth,
    queueBytes: heartbeat.queue.bytes,
    queueDropped: heartbeat.queue.dropped,
    queueRejected: heartbeat.queue.rejected,
    malformed: heartbeat.malformed,
  };
}
