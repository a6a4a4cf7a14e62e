import type { AssetPosition } from '../core/api/equipment.models';

/** `42 s`, `3 min`, `1 min 20 s`: a walk, to the second. */
export function walkingTime(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  if (whole < 60) return `${whole} s`;
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

/** How sure the location engine is of the room, as people read it. */
export function confidencePercent(confidence: number): string {
  return `${Math.round(confidence * 100)} %`;
}

/** The room a position is in: its name when the server knew it, its id otherwise. */
export function roomLabel(position: Pick<AssetPosition, 'roomId' | 'roomName'>): string {
  return position.roomName ?? position.roomId;
}
