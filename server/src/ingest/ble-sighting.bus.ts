import { Injectable, Logger } from '@nestjs/common';
import type { BleSighting } from './ble/ble-sighting.js';
import { LogThrottle } from './log-throttle.js';

export type BleSightingConsumer = (sightings: readonly BleSighting[], gatewayId: string) => void;

/**
 * Where accepted BLE sightings go: features (location) subscribe, and each accepted batch is handed to
 * every consumer synchronously, in one call per batch, before the gateway gets its answer. Consumers
 * must be quick (queue the work, do not write per sighting) and must not keep a reference to mutate.
 */
@Injectable()
export class BleSightingBus {
  private readonly logger = new Logger(BleSightingBus.name);
  private readonly failures = new LogThrottle(60_000);
  private consumers: readonly BleSightingConsumer[] = [];

  /** Adds a consumer; the returned function removes it. */
  subscribe(consumer: BleSightingConsumer): () => void {
    this.consumers = [...this.consumers, consumer];
    return () => {
      this.consumers = this.consumers.filter((c) => c !== consumer);
    };
  }

  /**
   * Hands a batch to every consumer. A consumer that throws is logged (once a minute) and the others
   * still get the batch: the gateway's batch is accepted already and must not be refused or resent.
   */
  publish(sightings: readonly BleSighting[], gatewayId: string): void {
    for (const consumer of this.consumers) {
      try {
        consumer(sightings, gatewayId);
      } catch (error) {
        const suppressed = this.failures.pass(consumer.name || 'anonymous', Date.now());
        if (suppressed !== undefined) {
          this.logger.error({ msg: 'A BLE sighting consumer failed', consumer: consumer.name, gatewayId, suppressed }, error instanceof Error ? error.stack : String(error));
        }
      }
    }
  }
}
