import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../auth/auth.decorators.js';
import { HealthService, type HealthReport } from './health.service.js';

@ApiTags('platform')
@Controller('api/health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /** Liveness and readiness for load balancers and monitoring: 200 when the database answers, else 503. */
  @Public()
  @Get()
  @ApiOkResponse({ description: 'Database reachable. Body reports database and MQTT broker state.' })
  @ApiServiceUnavailableResponse({ description: 'Database unreachable.' })
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthReport> {
    const report = await this.health.report();
    response.status(report.status === 'ok' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return report;
  }
}
