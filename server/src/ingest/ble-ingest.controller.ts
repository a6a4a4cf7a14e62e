import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { CurrentPrincipal, DeviceAuth } from '../platform/auth/auth.decorators.js';
import type { Principal } from '../platform/auth/principal.js';
import { MAX_SIGHTINGS_PER_BATCH, INGEST_BODY_LIMIT_BYTES } from './ble/ble-ingest-limits.js';
import { BLE_INGEST_OPENAPI_SCHEMA } from './ble-ingest.schema.js';
import { BleIngestService, type BleIngestResult } from './ble-ingest.service.js';
import { BleIngestResultView, IngestErrorView } from './ble-ingest.views.js';
import { INGEST_PATH } from './ingest-body-parser.js';
import { GatewayNotAllowedError } from './ingest-errors.js';

@ApiTags('ingest')
@ApiBearerAuth()
@DeviceAuth()
@Controller(INGEST_PATH)
export class BleIngestController {
  constructor(private readonly ingest: BleIngestService) {}

  @Post('ble')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'A batch of BLE sightings from a gateway',
    description:
      "Sent with the gateway's device key. A batch is accepted or refused whole; a batch whose seq was accepted before is answered " +
      'with duplicate: true and not counted again, so retrying is always safe. Protocol: docs/ingest-ble.md; schema: docs/schemas/ble-ingest.schema.json.',
  })
  @ApiBody({ schema: BLE_INGEST_OPENAPI_SCHEMA })
  @ApiOkResponse({ type: BleIngestResultView })
  @ApiBadRequestResponse({ type: IngestErrorView, description: 'Not valid JSON, or a field breaks the schema or the time rules; `issues` names each field.' })
  @ApiUnauthorizedResponse({ type: IngestErrorView, description: 'No device key, or an unknown or revoked one.' })
  @ApiForbiddenResponse({ type: IngestErrorView, description: 'The key is not a placed BLE gateway\'s, or the batch names another gateway (issue on `gatewayId`).' })
  @ApiPayloadTooLargeResponse({
    type: IngestErrorView,
    description: `Body over ${INGEST_BODY_LIMIT_BYTES} bytes, or more than ${MAX_SIGHTINGS_PER_BATCH} sightings: split the batch.`,
  })
  accept(@Body() body: unknown, @CurrentPrincipal() principal: Principal | undefined): Promise<BleIngestResult> {
    // @DeviceAuth lets only devices through; this keeps the type honest.
    if (principal?.kind !== 'device') throw new GatewayNotAllowedError('BLE batches are sent with a gateway device key');
    return this.ingest.accept(principal.deviceId, body);
  }
}
