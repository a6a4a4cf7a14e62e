import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCookieAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../platform/auth/auth.decorators.js';
import { ANY_ROLE } from '../platform/auth/role.js';
import type { UserPrincipal } from '../platform/auth/session-authenticator.js';
import { ALERT_ACTOR_ROLES } from './alert-kinds.js';
import { AcknowledgeAlertDto, AlertIdParams, AlertQueryDto, AlertSummaryView, AlertView, ResolveAlertDto } from './alert.dto.js';
import { AlertsService } from './alerts.service.js';

@ApiTags('alerts')
@ApiCookieAuth()
@ApiBearerAuth()
@Controller('api/alerts')
export class AlertsController {
  constructor(private readonly alerts: AlertsService) {}

  /** Alerts, newest first: by default the open ones of every kind. */
  @Roles(...ANY_ROLE)
  @Get()
  @ApiOkResponse({ type: [AlertView] })
  @ApiBadRequestResponse({ description: 'A filter is not valid (the issue names it).' })
  async list(@Query() query: AlertQueryDto): Promise<AlertView[]> {
    const alerts = await this.alerts.list({
      state: query.state,
      kinds: query.kind?.split(','),
      floorId: query.floor,
      since: query.since === undefined ? undefined : new Date(query.since),
      limit: query.limit,
      before: query.before,
    });
    return alerts.map((alert) => AlertView.of(alert));
  }

  /** Open alerts counted by kind and severity, for badges; every known kind with who may act on it. */
  @Roles(...ANY_ROLE)
  @Get('summary')
  @ApiOkResponse({ type: AlertSummaryView })
  async summary(): Promise<AlertSummaryView> {
    return AlertSummaryView.of(await this.alerts.summary());
  }

  @Roles(...ANY_ROLE)
  @Get(':id')
  @ApiOkResponse({ type: AlertView })
  @ApiNotFoundResponse({ description: 'No alert with this id.' })
  async get(@Param() params: AlertIdParams): Promise<AlertView> {
    return AlertView.of(await this.alerts.get(params.id));
  }

  /** Says "I have seen this and am on it". Who may, depends on the alert's kind (admins always). */
  @Roles(...ALERT_ACTOR_ROLES)
  @Post(':id/acknowledge')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: AlertView })
  @ApiForbiddenResponse({ description: 'Your role may not act on alerts of this kind.' })
  @ApiConflictResponse({ description: 'The alert is resolved, or acknowledged already.' })
  async acknowledge(@Param() params: AlertIdParams, @Body() body: AcknowledgeAlertDto, @CurrentPrincipal() user: UserPrincipal): Promise<AlertView> {
    return AlertView.of(await this.alerts.acknowledge(params.id, user, body.note || undefined));
  }

  /** Closes the alert with a note saying what was done. If the condition still holds, its check raises a new alert. */
  @Roles(...ALERT_ACTOR_ROLES)
  @Post(':id/resolve')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: AlertView })
  @ApiBadRequestResponse({ description: 'No note (issue on `note`).' })
  @ApiForbiddenResponse({ description: 'Your role may not act on alerts of this kind.' })
  @ApiConflictResponse({ description: 'The alert is resolved already.' })
  async resolve(@Param() params: AlertIdParams, @Body() body: ResolveAlertDto, @CurrentPrincipal() user: UserPrincipal): Promise<AlertView> {
    return AlertView.of(await this.alerts.resolve(params.id, user, body.note));
  }
}
