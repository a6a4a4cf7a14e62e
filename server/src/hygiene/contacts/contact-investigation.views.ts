import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Asset } from '../../equipment/asset.entity.js';
import type { StaffMember } from '../staff/staff-member.entity.js';
import type { ContactInvestigation } from './contact-investigation.service.js';
import type { Contact } from './room-contacts.js';

class ContactRoomView {
  @ApiProperty({ example: 'main-1-room-104' }) id: string;
  @ApiProperty({ example: 'Room 4' }) name: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Medical ward' }) unit: string | null;
}

class StayTimesView {
  @ApiProperty({ format: 'date-time', description: 'When the tag entered the room (may be before from).' }) enteredAt: string;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true, description: 'When it left (may be after to); null: still there as far as the location engine knows.' })
  leftAt: string | null;
  @ApiProperty({ description: 'Milliseconds in the room within the period (up to now for a period not over).' }) overlapMs: number;
}

export class StaffContactView extends StayTimesView {
  @ApiProperty() staffId: number;
  @ApiProperty() name: string;
  @ApiProperty({ example: 'nurse' }) role: string;
  @ApiProperty({ description: 'The badge (tag id) that was seen.' }) badgeId: string;
}

export class EquipmentContactView extends StayTimesView {
  @ApiProperty() assetId: number;
  @ApiProperty() name: string;
  @ApiProperty({ example: 'infusion_pump', description: 'The equipment type code.' }) type: string;
  @ApiProperty() tagId: string;
}

export class ContactInvestigationView {
  @ApiProperty({ type: ContactRoomView }) room: ContactRoomView;
  @ApiProperty({ format: 'date-time' }) from: string;
  @ApiProperty({ format: 'date-time' }) to: string;
  @ApiProperty({ type: [StaffContactView], description: 'One row per stay, oldest first.' }) staff: StaffContactView[];
  @ApiProperty({ type: [EquipmentContactView], description: 'One row per stay, oldest first.' }) equipment: EquipmentContactView[];

  static of(result: ContactInvestigation): ContactInvestigationView {
    return {
      room: { id: result.room.id, name: result.room.name, unit: result.room.unit },
      from: new Date(result.from).toISOString(),
      to: new Date(result.to).toISOString(),
      staff: result.staff.map((contact: Contact<StaffMember>) => ({
        staffId: contact.holder.id,
        name: contact.holder.displayName,
        role: contact.holder.role,
        badgeId: contact.holder.badgeTagId ?? '',
        ...stayTimes(contact),
      })),
      equipment: result.equipment.map((contact: Contact<Asset>) => ({
        assetId: contact.holder.id,
        name: contact.holder.name,
        type: contact.holder.typeCode,
        tagId: contact.holder.tagId ?? '',
        ...stayTimes(contact),
      })),
    };
  }
}

function stayTimes(contact: Contact<unknown>): StayTimesView {
  return { enteredAt: new Date(contact.enteredAt).toISOString(), leftAt: contact.leftAt === null ? null : new Date(contact.leftAt).toISOString(), overlapMs: contact.overlapMs };
}
