import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiBody, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiPayloadTooLargeResponse, ApiProperty, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { CurrentPrincipal, DeviceAuth } from '../platform/auth/auth.decorators.js';
import type { Principal } from '../platform/auth/principal.js';
import { IngestErrorView } from './ble-ingest.views.js';
import { HYGIENE_INGEST_OPENAPI_SCHEMA } from './hygiene-ingest.schema.js';
import { HygieneIngestService } from './hygiene-ingest.service.js';
import type { HygieneReportOutcome } from './hygiene-report.sink.js';
import { INGEST_PATH } from './ingest-body-parser.js';
import { GatewayNotAllowedError } from './ingest-errors.js';

export class HygieneIngestResultView {
  @ApiProperty({ description: 'Events stored (0 for a duplicate).' }) accepted: number;
  @ApiProperty({ description: 'The seq was stored before: nothing was counted again.' }) duplicate: boolean;
}

@ApiTags('ingest')
@ApiBearerAuth()
@DeviceAuth()
@Controller(INGEST_PATH)
export class HygieneIngestController {
  constructor(private readonly ingest: HygieneIngestService) {}

  @Post('hygiene')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'A batch of hand-hygiene dispenser, environment sensor or door counter events',
    description:
      "Sent with the device's own key. Answered 200 only once the batch is stored (one transaction); a batch whose seq was stored before is " +
      'answered with duplicate: true and not counted again, so retrying is always safe. Protocol: docs/hygiene.md; schema: docs/schemas/hygiene-ingest.schema.json.',
  })
  @ApiBody({ schema: HYGIENE_INGEST_OPENAPI_SCHEMA })
  @ApiOkResponse({ type: HygieneIngestResultView })
  @ApiBadRequestResponse({ type: IngestErrorView, description: 'Not JSON, a field breaks the schema or the time rules, an event this device cannot report, or an unknown room; `issues` names each field.' })
  @ApiUnauthorizedResponse({ type: IngestErrorView, description: 'No device key, or an unknown or revoked one.' })
  @ApiForbiddenResponse({ type: IngestErrorView, description: 'The key is not a placed dispenser’s, environment sensor’s or door counter’s, or the batch names another device (issue on `deviceId`).' })
  @ApiPayloadTooLargeResponse({ type: IngestErrorView, description: 'The body is larger than the ingest limit (1 MiB).' })
  accept(@Body() body: unknown, @CurrentPrincipal() principal: Principal | undefined): Promise<HygieneReportOutcome> {
    if (principal?.kind !== 'device') throw new GatewayNotAllowedError('Hygiene batches are sent with a device key');
    return this.ingest.accept(principal.deviceId, body);
  }
}
