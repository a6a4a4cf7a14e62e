import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

export class EventsQueryDto {
  @ApiPropertyOptional({ example: 'main-1', description: 'Only positions and transitions on this floor (alerts always come).' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  floor?: string;
}
