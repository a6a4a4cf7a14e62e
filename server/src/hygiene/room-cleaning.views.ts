import { ApiProperty } from '@nestjs/swagger';
import type { RoomCleaningEntry } from './room-cleaning.service.js';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export class VerificationView {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ enum: ['atp', 'fluorescent'] }) method: string;
  @ApiProperty() passed: boolean;
  @ApiProperty({ type: Number, nullable: true, description: 'ATP reading (RLU).' }) value: number | null;
}

/** One room of the cleaning board. */
export class RoomCleaningView {
  @ApiProperty() roomId: string;
  @ApiProperty() roomName: string;
  @ApiProperty() floorId: string;
  @ApiProperty({ type: String, nullable: true }) unit: string | null;
  @ApiProperty({ enum: ['clean', 'dirty', 'in_progress', 'needs_terminal_clean'] }) state: string;
  @ApiProperty({ description: 'A discharge or the end of isolation requires a terminal clean not yet done.' }) terminalRequired: boolean;
  @ApiProperty({ description: 'Isolation precautions flagged and not ended.' }) isolation: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastCleanedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastTerminalCleanAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the next clean is due: the terminal deadline (2 h), or the daily one (24 h after the last clean).' }) dueBy: string | null;
  @ApiProperty() overdue: boolean;
  @ApiProperty({ type: VerificationView, nullable: true }) lastVerification: VerificationView | null;

  static of({ room, state }: RoomCleaningEntry): RoomCleaningView {
    const verification = state.lastVerification;
    return {
      roomId: room.id,
      roomName: room.name,
      floorId: room.floorId,
      unit: room.unit,
      state: state.state,
      terminalRequired: state.terminalRequired,
      isolation: state.isolation,
      lastCleanedAt: iso(state.lastCleanedAt),
      lastTerminalCleanAt: iso(state.lastTerminalCleanAt),
      dueBy: iso(state.dueBy),
      overdue: state.overdue,
      lastVerification: verification === null ? null : { at: new Date(verification.at).toISOString(), method: verification.method, passed: verification.passed, value: verification.value },
    };
  }
}
