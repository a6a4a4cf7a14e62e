import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config.js';
import { dataSourceOptions } from './data-source-options.js';

/** The application's connection; pending migrations run before anything else starts. */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: async (config: AppConfig) => ({ ...(await dataSourceOptions(config.database)), migrationsRun: true }),
    }),
  ],
})
export class DatabaseModule {}
