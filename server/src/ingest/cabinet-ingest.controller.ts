import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiBody, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { CurrentPrincipal, DeviceAuth } from '../platform/auth/auth.decorators.js';
import type { Principal } from '../platform/auth/principal.js';
import { IngestErrorView } from './ble-ingest.views.js';
import { CABINET_INGEST_OPENAPI_SCHEMA } from './cabinet-ingest.schema.js';
import { CabinetIngestService } from './cabinet-ingest.service.js';
import type { CabinetReportOutcome } from './cabinet-report.sink.js';
import { INGEST_PATH } from './ingest-body-parser.js';
import { GatewayNotAllowedError } from './ingest-errors.js';

export class CabinetIngestResultView {
  @ApiProperty({ description: 'Events stored (0 for a duplicate).' }) accepted: number;
  @ApiProperty({ description: 'The seq was stored before: nothing was counted again.' }) duplicate: boolean;
  @ApiProperty({ description: 'Counts that differed from the expected count (each opened a discrepancy).' }) discrepancies: number;
}

@ApiTags('ingest')
@ApiBearerAuth()
@DeviceAuth()
@Controller(INGEST_PATH)
export class CabinetIngestController {
  constructor(private readonly ingest: CabinetIngestService) {}

  @Post('cabinet')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'A batch of medication cabinet events (counts and transactions)',
    description:
      "Sent with the cabinet's device key. Answered 200 only once the batch is stored (one transaction); a batch whose seq was stored before is " +
      'answered with duplicate: true and not counted again, so retrying is always safe. Protocol: docs/inventory.md; schema: docs/schemas/cabinet-ingest.schema.json.',
  })
  @ApiBody({ schema: CABINET_INGEST_OPENAPI_SCHEMA })
  @ApiOkResponse({ type: CabinetIngestResultView })
  @ApiBadRequestResponse({ type: IngestErrorView, description: 'Not JSON, a field breaks the schema or the time rules, or an event names an unknown bin or breaks a rule; `issues` names each field.' })
  @ApiUnauthorizedResponse({ type: IngestErrorView, description: 'No device key, or an unknown or revoked one.' })
  @ApiForbiddenResponse({ type: IngestErrorView, description: 'The key is not a placed medication cabinet’s (or one not registered for inventory), or the batch names another cabinet (issue on `cabinetId`).' })
  accept(@Body() body: unknown, @CurrentPrincipal() principal: Principal | undefined): Promise<CabinetReportOutcome> {
    if (principal?.kind !== 'device') throw new GatewayNotAllowedError('Cabinet batches are sent with a cabinet device key');
    return this.ingest.accept(principal.deviceId, body);
  }
}
