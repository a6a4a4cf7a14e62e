import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Between, type Repository } from 'typeorm';
import type { SensorMeasure } from '../floorplan/import/floorplan-format.js';
import { EnvironmentAggregate, type AggregateResolution } from './entities/environment-aggregate.entity.js';

/** Reads the stored aggregates of a sensor's measure for charts (the raw readings are for audits and alarms). */
@Injectable()
export class EnvironmentReadingsService {
  constructor(@InjectRepository(EnvironmentAggregate) private readonly aggregates: Repository<EnvironmentAggregate>) {}

  /** The buckets starting in [fromMs, toMs), oldest first; none for an unknown sensor. */
  buckets(deviceId: string, measure: SensorMeasure, resolution: AggregateResolution, fromMs: number, toMs: number): Promise<EnvironmentAggregate[]> {
    if (toMs <= fromMs) return Promise.resolve([]);
    // Between is inclusive, and times are stored to the millisecond.
    return this.aggregates.find({
      where: { deviceId, measure, resolution, bucketStart: Between(new Date(fromMs), new Date(toMs - 1)) },
      order: { bucketStart: 'ASC' },
    });
  }
}
