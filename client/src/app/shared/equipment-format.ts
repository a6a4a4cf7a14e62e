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

/** `45 s`, `12 min`, `5 h 20 min`, `3 d 4 h`: a span of time to the unit that matters. */
export function duration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  if (whole < 60) return `${whole} s`;
  const minutes = Math.floor(whole / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
  const days = Math.floor(hours / 24);
  return hours % 24 === 0 ? `${days} d` : `${days} d ${hours % 24} h`;
}

/** A 0–1 share as a whole percentage; a dash when there is none (never in service). */
export function percent(ratio: number | null): string {
  return ratio === null ? '—' : `${Math.round(ratio * 100)} %`;
}
