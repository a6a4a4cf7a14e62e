import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../platform/auth/auth.decorators.js';
import { GatewayHealthService } from './gateway-health.service.js';
import { GatewayHealthView } from './gateway-health.views.js';

@ApiTags('gateways')
@ApiCookieAuth()
@ApiBearerAuth()
@Controller('api/gateways')
export class GatewayHealthController {
  constructor(private readonly health: GatewayHealthService) {}

  // Viewers read it too: it shows radio state and counters, no secrets, and a ward's "why is this pump not
  // on the map" starts here.
  @Get('health')
  @Roles('admin', 'biomed', 'viewer')
  @ApiOperation({ summary: 'Every placed BLE gateway: liveness, last batch and seq, rejects, latest heartbeat' })
  @ApiOkResponse({ type: [GatewayHealthView] })
  list(): Promise<GatewayHealthView[]> {
    return this.health.list();
  }
}
