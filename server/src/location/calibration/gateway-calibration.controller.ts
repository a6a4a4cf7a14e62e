import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCookieAuth,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../../platform/auth/auth.decorators.js';
import { principalLabel, type Principal } from '../../platform/auth/principal.js';
import { SetGatewayCalibrationDto } from './gateway-calibration.dto.js';
import { GatewayCalibrationService } from './gateway-calibration.service.js';
import { GatewayCalibrationView } from './gateway-calibration.view.js';

/** Gateway RSSI calibration, set at installation by clinical engineering or IT. */
@ApiTags('location')
@ApiCookieAuth()
@ApiBearerAuth()
@Roles('admin', 'biomed')
@ApiForbiddenResponse({ description: 'Only admin and biomed.' })
@Controller('api/location/gateway-calibrations')
export class GatewayCalibrationController {
  constructor(private readonly calibrations: GatewayCalibrationService) {}

  @Get()
  @ApiOkResponse({ type: [GatewayCalibrationView], description: 'Every calibrated gateway; the others read as measured (offset 0).' })
  async list(): Promise<GatewayCalibrationView[]> {
    return (await this.calibrations.list()).map((row) => GatewayCalibrationView.of(row));
  }

  @Put(':gatewayId')
  @ApiOperation({ summary: 'Set a gateway’s RSSI offset; the location engine uses it from its next evaluation' })
  @ApiOkResponse({ type: GatewayCalibrationView })
  @ApiBadRequestResponse({ description: '`issues` names the field (rssiOffsetDb within ±20 dB, note at most 500 characters).' })
  @ApiNotFoundResponse({ description: 'No BLE gateway with this id is placed on a floor plan.' })
  async set(@Param('gatewayId') gatewayId: string, @Body() body: SetGatewayCalibrationDto, @CurrentPrincipal() principal: Principal | undefined): Promise<GatewayCalibrationView> {
    const by = principal?.kind === 'user' ? principal.username : principalLabel(principal);
    return GatewayCalibrationView.of(await this.calibrations.set(gatewayId, { rssiOffsetDb: body.rssiOffsetDb, note: body.note ?? null }, by));
  }

  @Delete(':gatewayId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Remove a gateway’s calibration (it reads as measured again)' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ description: 'The gateway has no calibration.' })
  clear(@Param('gatewayId') gatewayId: string): Promise<void> {
    return this.calibrations.clear(gatewayId);
  }
}
