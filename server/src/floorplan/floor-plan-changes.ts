import { Injectable, Logger } from '@nestjs/common';

export type FloorPlanChangeListener = (floorIds: readonly string[]) => void | Promise<void>;

/**
 * Announces, within this process, that floor plans were written (an import through the API or at
 * demo start), so features built on them (the location engine's site model) rebuild at once instead
 * of at their next periodic check. An import by the CLI runs in another process: those checks remain
 * for that.
 */
@Injectable()
export class FloorPlanChanges {
  private readonly logger = new Logger(FloorPlanChanges.name);
  private readonly listeners = new Set<FloorPlanChangeListener>();

  subscribe(listener: FloorPlanChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tells every listener; one failing is logged and does not stop the others or the import. */
  announce(floorIds: readonly string[]): void {
    for (const listener of this.listeners) {
      Promise.resolve()
        .then(() => listener(floorIds))
        .catch((error: unknown) => this.logger.error({ msg: 'A floor-plan change listener failed', floorIds, error: String(error) }));
    }
  }
}
