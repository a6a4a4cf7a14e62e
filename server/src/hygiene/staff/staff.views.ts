import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { StaffMember } from './staff-member.entity.js';
import { STAFF_ROLES, type StaffRole } from './staff-roles.js';

export class StaffMemberView {
  @ApiProperty() id: number;
  @ApiProperty({ example: 'Amara Okafor' }) displayName: string;
  @ApiProperty({ enum: STAFF_ROLES }) role: StaffRole;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Intensive care unit' }) unit: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'E10432' }) employeeNumber: string | null;
  @ApiProperty() active: boolean;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'ibeacon:5a1e0d7c-93b4-4f6e-8c21-d0a9e7b3f415:2:7' }) badgeTagId: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'date-time' }) badgeAssignedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;

  static of(member: StaffMember): StaffMemberView {
    return Object.assign(new StaffMemberView(), {
      id: member.id,
      displayName: member.displayName,
      role: member.role,
      unit: member.unit,
      employeeNumber: member.employeeNumber,
      // After an insert, MySQL hands TypeORM the column default back raw (1), not as a boolean.
      active: Boolean(member.active),
      badgeTagId: member.badgeTagId,
      badgeAssignedAt: member.badgeAssignedAt?.toISOString() ?? null,
      createdAt: member.createdAt.toISOString(),
      updatedAt: member.updatedAt.toISOString(),
    });
  }
}

export class StaffPageView {
  @ApiProperty() total: number;
  @ApiProperty({ type: [StaffMemberView] }) items: StaffMemberView[];
}
