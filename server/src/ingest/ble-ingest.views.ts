import { ApiProperty } from '@nestjs/swagger';
import type { BleIngestResult } from './ble-ingest.service.js';

export class BleIngestResultView implements BleIngestResult {
  @ApiProperty({ example: 198, description: 'Sightings forwarded (an advertisement with two tag frames gives two).' }) accepted: number;
  @ApiProperty({ example: false, description: 'True when this seq was accepted before: nothing was forwarded again.' }) duplicate: boolean;
  @ApiProperty({ example: 3, description: 'Data that is no beacon frame Wardwatch reads, and damaged advertisements: counted, not errors.' })
  unknownFrames: number;
  @ApiProperty({ example: 2, description: 'Sightings that identified no tag (Eddystone-URL, unknown data, a TLM without a recent UID).' })
  skipped: number;
}

export class IngestIssueView {
  @ApiProperty({ example: 'sightings[3].rssi' }) field: string;
  @ApiProperty({ example: 'must be <= 20' }) message: string;
}

export class IngestErrorView {
  @ApiProperty({ example: 400 }) statusCode: number;
  @ApiProperty({ example: 'Bad Request' }) error: string;
  @ApiProperty({ example: 'Invalid BLE batch: sightings[3].rssi must be <= 20 (and 1 more issue)' }) message: string;
  @ApiProperty({ type: [IngestIssueView], required: false, description: 'At most 20, in the order of the body.' }) issues?: IngestIssueView[];
}
