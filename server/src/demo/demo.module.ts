import { Module } from '@nestjs/common';
import { FloorplanModule } from '../floorplan/floorplan.module.js';
import { DemoHospitalSeeder } from './demo-hospital.seeder.js';

@Module({ imports: [FloorplanModule], providers: [DemoHospitalSeeder] })
export class DemoModule {}
