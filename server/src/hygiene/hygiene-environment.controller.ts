import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../platform/auth/auth.decorators.js';
import { ANY_ROLE } from '../platform/auth/role.js';
import { SensorsQueryDto } from './environment-limits.dto.js';
import { EnvironmentLimitsService } from './environment-limits.service.js';
import { EnvironmentExcursionsService } from './environment-excursions.service.js';
import { ExcursionView } from './environment-excursions.views.js';
import { EnvironmentReadingsQueryDto, ExcursionsQueryDto } from './environment-readings.dto.js';
import { EnvironmentReadingsService } from './environment-readings.service.js';
import { EnvironmentSensorView } from './environment-sensors.views.js';
import { ReadingBucketView } from './environment-readings.views.js';

@ApiTags('hygiene')
@Controller('api/hygiene/environment')
export class HygieneEnvironmentController {
  constructor(
    private readonly readings: EnvironmentReadingsService,
    private readonly excursions: EnvironmentExcursionsService,
    private readonly limits: EnvironmentLimitsService,
  ) {}

  @Get('sensors')
  @Roles(...ANY_ROLE)
  @ApiOperation({
    summary: 'Every placed environment sensor with the limits judging its measures',
    description: 'Each environment sensor on the floor plans (in `unit`’s rooms when given): its room, the kind of space its readings are judged as, and for each measure it declares the limit the alarms use now (the room’s override or the published-guidance default, with who set it and when), or null when the measure is not limited there.',
  })
  @ApiOkResponse({ type: [EnvironmentSensorView] })
  @ApiBadRequestResponse({ description: 'An unknown unit; `issues` names `unit`.' })
  async sensorList(@Query() query: SensorsQueryDto): Promise<EnvironmentSensorView[]> {
    return (await this.limits.sensors(query.unit)).map((entry) => EnvironmentSensorView.of(entry));
  }

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

  @Get('excursions')
  @Roles(...ANY_ROLE)
  @ApiOperation({
    summary: 'Environment excursions of a period, for audits',
    description: 'Every excursion that lasted past its start delay and overlaps [from, to): start, alarm time, end, duration, worst value, acknowledgement, escalation and the corrective note of whoever resolved its alert. Limits: docs/hygiene.md.',
  })
  @ApiOkResponse({ type: [ExcursionView] })
  @ApiBadRequestResponse({ description: 'from or to missing or malformed, or the range is reversed or longer than 366 days; `issues` names the field.' })
  async excursionList(@Query() query: ExcursionsQueryDto): Promise<ExcursionView[]> {
    return (await this.excursions.overlapping(Date.parse(query.from), Date.parse(query.to), query.unit)).map((record) => ExcursionView.of(record));
  }
}
