import { Body, Controller, Get, Header, HttpCode, HttpStatus, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiCookieAuth, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RequestActor, type Actor } from '../../platform/audit/request-actor.decorator.js';
import { Roles } from '../../platform/auth/auth.decorators.js';
import { CreateDeviceKeyDto, CreatedDeviceKeyView, DeviceKeyView } from './device-key.dto.js';
import { DeviceKeyService } from './device-key.service.js';

@ApiTags('admin')
@ApiCookieAuth()
@ApiBearerAuth()
@Roles('admin')
@Controller('api/admin/device-keys')
export class DeviceKeysController {
  constructor(private readonly deviceKeys: DeviceKeyService) {}

  @Get()
  @ApiOkResponse({ type: [DeviceKeyView] })
  async list(): Promise<DeviceKeyView[]> {
    return (await this.deviceKeys.list()).map((deviceKey) => DeviceKeyView.of(deviceKey));
  }

  /** Issues a key for a placed device. The key is in this response only. */
  @Post()
  @Header('Cache-Control', 'no-store')
  @ApiCreatedResponse({ type: CreatedDeviceKeyView })
  @ApiBadRequestResponse({ description: 'The device is not placed (issue on `deviceId`).' })
  async create(@Body() body: CreateDeviceKeyDto, @RequestActor() actor: Actor): Promise<CreatedDeviceKeyView> {
    const { deviceKey, secret } = await this.deviceKeys.create(body, actor);
    return Object.assign(new CreatedDeviceKeyView(), DeviceKeyView.of(deviceKey), { key: secret });
  }

  /** Revokes a key: requests carrying it are refused from now on. */
  @Post(':id/revoke')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: DeviceKeyView })
  @ApiNotFoundResponse({ description: 'No device key with this id.' })
  async revoke(@Param('id', ParseIntPipe) id: number, @RequestActor() actor: Actor): Promise<DeviceKeyView> {
    return DeviceKeyView.of(await this.deviceKeys.revoke(id, actor));
  }
}
