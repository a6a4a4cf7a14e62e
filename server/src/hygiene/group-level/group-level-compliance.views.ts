import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GROUP_LEVEL_DIMENSIONS, type GroupLevelDimension, type GroupLevelFigures, type GroupLevelGroup } from '../compliance/group-level.js';
import type { GroupLevelReport } from './group-level-compliance.service.js';

export class GroupLevelFiguresView {
  @ApiProperty({ description: 'People the door counters counted walking in.' }) doorEntries: number;
  @ApiProperty({ description: '2 × door entries: entering and leaving (WHO moments at the door).' }) estimatedOpportunities: number;
  @ApiProperty({ description: 'Uses of the dispensers serving the rooms (in them, or in the corridor within 3 m of their doors).' }) activations: number;
  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: 1, description: 'min(1, activations / estimated opportunities); null without entries.' })
  compliance: number | null;

  static of(figures: GroupLevelFigures): GroupLevelFiguresView {
    return { doorEntries: figures.doorEntries, estimatedOpportunities: figures.estimatedOpportunities, activations: figures.activations, compliance: figures.compliance };
  }
}

export class GroupLevelGroupView extends GroupLevelFiguresView {
  @ApiProperty({ example: 'main-1-room-104', description: 'Room id, unit name (`(no unit)` for rooms without one) or local day `YYYY-MM-DD`.' }) key: string;
  @ApiProperty({ example: 'Room 4', description: 'The room’s name for `room`, else the key.' }) label: string;

  static ofGroup(group: GroupLevelGroup): GroupLevelGroupView {
    return { key: group.key, label: group.label, ...GroupLevelFiguresView.of(group) };
  }
}

export class GroupLevelComplianceView {
  @ApiProperty({ format: 'date-time' }) from: string;
  @ApiProperty({ format: 'date-time' }) to: string;
  @ApiPropertyOptional({ type: String, nullable: true }) unit: string | null;
  @ApiProperty({ enum: GROUP_LEVEL_DIMENSIONS }) by: GroupLevelDimension;
  @ApiProperty({ example: 'Europe/London', description: 'The site’s time zone: local days are its days.' }) timeZone: string;
  @ApiProperty({ type: GroupLevelFiguresView }) total: GroupLevelFiguresView;
  @ApiProperty({ type: [GroupLevelGroupView], description: 'Every room with a door counter (or unit of such rooms) sorted by label; every local day of the period for `day`.' })
  groups: GroupLevelGroupView[];

  static of(report: GroupLevelReport): GroupLevelComplianceView {
    return {
      from: new Date(report.from).toISOString(),
      to: new Date(report.to).toISOString(),
      unit: report.unit,
      by: report.by,
      timeZone: report.timeZone,
      total: GroupLevelFiguresView.of(report.total),
      groups: report.groups.map((group) => GroupLevelGroupView.ofGroup(group)),
    };
  }
}
