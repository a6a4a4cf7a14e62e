import { Global, Module } from '@nestjs/common';
import { MqttConnection } from './mqtt-connection.service.js';

@Global()
@Module({ providers: [MqttConnection], exports: [MqttConnection] })
export class MqttModule {}
