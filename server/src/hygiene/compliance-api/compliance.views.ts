import { ApiProperty } from '@nestjs/swagger';
import { COMPLIANCE_DIMENSIONS } from '../compliance/compliance-summary.js';

export class WindowRuleView {
  @ApiProperty({ example: 30_000, description: 'An activation this long before the door crossing still meets it.' }) beforeMs: number;
  @ApiProperty({ example: 15_000, description: 'An activation this long after the door crossing still meets it.' }) afterMs: number;
}

export class HandHygieneRuleView {
  @ApiProperty({ type: WindowRuleView }) entry: WindowRuleView;
  @ApiProperty({ type: WindowRuleView }) exit: WindowRuleView;
}

export class ComplianceRulesView {
  @ApiProperty({ type: HandHygieneRuleView, description: 'Care rooms without isolation.' }) standard: HandHygieneRuleView;
  @ApiProperty({ type: HandHygieneRuleView, description: 'Care rooms with any isolation kind (airborne, contact, protective).' }) isolation: HandHygieneRuleView;
  @ApiProperty({ example: 10_000, description: 'Shorter stays make no opportunity.' }) minimumStayMs: number;
}

export class ComplianceCountView {
  @ApiProperty({ description: 'Room entries and exits (door crossings in the range).' }) opportunities: number;
  @ApiProperty({ description: 'Opportunities met by a dispenser activation within their window.' }) met: number;
  @ApiProperty({ description: 'Of met, those by an activation that read the person’s badge (the rest by place and time).' }) metByBadge: number;
  @ApiProperty({ type: Number, nullable: true, minimum: 0, maximum: 1, description: 'met / opportunities; null without opportunities.' }) compliance: number | null;
}

export class ComplianceTotalView extends ComplianceCountView {
  @ApiProperty({ description: 'Dispenser uses in the range at the dispensers serving the selected rooms, whoever used them.' }) activations: number;
}

export class ComplianceGroupView extends ComplianceCountView {
  @ApiProperty({ example: '4B', description: 'The unit, room id, staff role, shift name, local day (YYYY-MM-DD), kind (entry, exit) or staff id.' }) key: string;
  @ApiProperty({ example: '4B', description: 'The room’s name for `room`, the person’s name for `staff`, else the key.' }) label: string;
}

export class ComplianceDayView extends ComplianceCountView {
  @ApiProperty({ example: '2026-11-03', description: 'Local day in the site’s time zone.' }) day: string;
}

export class ComplianceReportView {
  @ApiProperty({ format: 'date-time' }) from: string;
  @ApiProperty({ format: 'date-time' }) to: string;
  @ApiProperty({ type: String, nullable: true }) unit: string | null;
  @ApiProperty({ example: 'Europe/London', description: 'The site’s IANA zone: days, shifts and the trend are local to it.' }) timeZone: string;
  @ApiProperty({ enum: COMPLIANCE_DIMENSIONS }) by: string;
  @ApiProperty({ type: ComplianceRulesView, description: 'The rules the figures were computed with.' }) rules: ComplianceRulesView;
  @ApiProperty({ type: ComplianceTotalView }) total: ComplianceTotalView;
  @ApiProperty({ type: [ComplianceGroupView], description: 'By the `by` dimension, sorted by key; groups without opportunities are left out.' }) groups: ComplianceGroupView[];
  @ApiProperty({ type: [ComplianceDayView], description: 'Every local day of the range, oldest first; days without opportunities have zeros and compliance null.' }) trend: ComplianceDayView[];
}
