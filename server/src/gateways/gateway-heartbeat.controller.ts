import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiBody, ApiForbiddenResponse, ApiNoContentResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { IngestErrorView } from '../ingest/ble-ingest.views.js';
import { INGEST_PATH } from '../ingest/ingest-body-parser.js';
import { GatewayNotAllowedError } from '../ingest/ingest-errors.js';
import { CurrentPrincipal, DeviceAuth } from '../platform/auth/auth.decorators.js';
import type { Principal } from '../platform/auth/principal.js';
import { GATEWAY_HEARTBEAT_OPENAPI_SCHEMA } from './gateway-heartbeat.schema.js';
import { GatewayHeartbeatService } from './gateway-heartbeat.service.js';

@ApiTags('ingest')
@ApiBearerAuth()
@DeviceAuth()
@Controller(INGEST_PATH)
export class GatewayHeartbeatController {
  constructor(private readonly heartbeats: GatewayHeartbeatService) {}

  @Post('gateway-heartbeat')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    summary: "A gateway's heartbeat: adapter state, rates, queue depth and drops, version, uptime",
    description: "Sent with the gateway's device key every 30 s or so; the latest per gateway feeds GET /api/gateways/health. Schema: docs/schemas/gateway-heartbeat.schema.json.",
  })
  @ApiBody({ schema: GATEWAY_HEARTBEAT_OPENAPI_SCHEMA })
  @ApiNoContentResponse({ description: 'Kept as the latest heartbeat of this gateway.' })
  @ApiBadRequestResponse({ type: IngestErrorView, description: 'Not valid JSON, or a field breaks the schema; `issues` names each field.' })
  @ApiUnauthorizedResponse({ type: IngestErrorView, description: 'No device key, or an unknown or revoked one.' })
  @ApiForbiddenResponse({ type: IngestErrorView, description: "The key is not a placed BLE gateway's, or the heartbeat names another gateway (issue on `gatewayId`)." })
  async accept(@Body() body: unknown, @CurrentPrincipal() principal: Principal | undefined): Promise<void> {
    // @DeviceAuth lets only devices through; this keeps the type honest.
    if (principal?.kind !== 'device') throw new GatewayNotAllowedError('Heartbeats are sent with a gateway device key');
    await this.heartbeats.accept(principal.deviceId, body, { via: 'http' });
  }
}
