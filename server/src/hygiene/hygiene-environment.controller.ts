import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../platform/auth/auth.decorators.js';
import { ANY_ROLE } from '../platform/auth/role.js';
import { EnvironmentReadingsQueryDto } from './environment-readings.dto.js';
import { EnvironmentReadingsService } from './environment-readings.service.js';
import { ReadingBucketView } from './environment-readings.views.js';

@ApiTags('hygiene')
@Controller('api/hygiene/environment')
export class HygieneEnvironmentController {
  constructor(private readonly readings: EnvironmentReadingsService) {}

  @Get('readings')
  @Roles(...ANY_ROLE)
  @ApiOperation({
    summary: "A sensor measure's readings as 1-minute or hourly buckets, for charts",
    description: 'Reads the aggregates (kept for ever), not the raw readings (kept HYGIENE_RAW_READING_RETENTION_DAYS). Buckets are UTC-aligned; empty ones are left out.',
  })
  @ApiOkResponse({ type: [ReadingBucketView] })
  @ApiBadRequestResponse({ description: 'A parameter is missing or malformed, or the range is reversed or too long for the resolution; `issues` names the field.' })
  async list(@Query() query: EnvironmentReadingsQueryDto): Promise<ReadingBucketView[]> {
    const rows = await this.readings.buckets(query.deviceId, query.measure, query.resolution, Date.parse(query.from), Date.parse(query.to));
    return rows.map((row) => ReadingBucketView.of(row));
  }
}
