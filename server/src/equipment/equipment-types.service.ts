import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DEFAULT_EQUIPMENT_TYPES } from './equipment-types.catalog.js';
import { EquipmentType } from './equipment-type.entity.js';

/** The equipment types: seeded from the catalog at start-up, read by everything else. */
@Injectable()
export class EquipmentTypesService implements OnModuleInit {
  constructor(@InjectRepository(EquipmentType) private readonly types: Repository<EquipmentType>) {}

  /** Runs before any bootstrap hook (the demo fleet needs the types), after the migrations. */
  async onModuleInit(): Promise<void> {
    // INSERT … IGNORE / OR IGNORE: two servers starting at once both try, and neither overwrites a tuned row.
    await this.types.createQueryBuilder().insert().into(EquipmentType).values([...DEFAULT_EQUIPMENT_TYPES]).orIgnore().execute();
  }

  list(): Promise<EquipmentType[]> {
    return this.types.find({ order: { name: 'ASC' } });
  }

  async byCode(): Promise<Map<string, EquipmentType>> {
    return new Map((await this.types.find()).map((type) => [type.code, type]));
  }

  /** Why `code` cannot be used as a type (it names none), or null when it can. */
  async problemWith(code: string): Promise<string | null> {
    if (await this.types.existsBy({ code })) return null;
    const known = (await this.types.find({ order: { code: 'ASC' } })).map((type) => type.code);
    return `must be one of the equipment types: ${known.join(', ')}`;
  }
}
