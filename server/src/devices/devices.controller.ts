import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../platform/auth/auth.decorators.js';
import { DevicesService } from './devices.service.js';
import { PlacedDeviceView } from './placed-device.view.js';

@ApiTags('admin')
@ApiCookieAuth()
@ApiBearerAuth()
@Roles('admin')
@Controller('api/admin/devices')
export class DevicesController {
  constructor(private readonly devices: DevicesService) {}

  @Get()
  @ApiOkResponse({ type: [PlacedDeviceView], description: 'Every device placed on a floor plan, by floor then id.' })
  async list(): Promise<PlacedDeviceView[]> {
    return (await this.devices.list()).map((device) => PlacedDeviceView.of(device));
  }
}
