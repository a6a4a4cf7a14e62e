import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DevicesModule } from '../devices.module.js';
import { DeviceKey } from './device-key.entity.js';
import { DeviceKeysController } from './device-keys.controller.js';
import { DeviceKeyService } from './device-key.service.js';

/** Device credentials: issued and revoked by admins, checked by the access guard on @DeviceAuth routes. */
@Module({
  imports: [TypeOrmModule.forFeature([DeviceKey]), DevicesModule],
  controllers: [DeviceKeysController],
  providers: [DeviceKeyService],
  exports: [DeviceKeyService],
})
export class DeviceKeysModule {}
