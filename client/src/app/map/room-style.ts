import type { PathOptions } from 'leaflet';
import type { RoomType } from '../core/api/floorplan.models';

interface RoomTypeLook {
  label: string;
  /** Fill colour: pale, so the plan drawing's walls and fixtures stay readable through it. */
  fill: string;
}

export const ROOM_TYPE_LOOKS: Readonly<Record<RoomType, RoomTypeLook>> = {
  patient_room: { label: 'Patient room', fill: '#bcd7f2' },
  icu_bay: { label: 'ICU bay', fill: '#cfc5ef' },
  operating_room: { label: 'Operating room', fill: '#b9e4dc' },
  ed_bay: { label: 'ED bay', fill: '#f9d4b0' },
  imaging: { label: 'Imaging', fill: '#dccff0' },
  corridor: { label: 'Corridor', fill: '#eef0f2' },
  nurse_station: { label: 'Nurse station', fill: '#f8e6a6' },
  clean_utility: { label: 'Clean utility', fill: '#c8e8c8' },
  soiled_utility: { label: 'Soiled utility', fill: '#e4cfbb' },
  medication_room: { label: 'Medication room', fill: '#f4c6d6' },
  pharmacy: { label: 'Pharmacy', fill: '#efbccd' },
  storage: { label: 'Storage', fill: '#e5dcc5' },
  equipment_depot: { label: 'Equipment depot', fill: '#dcd2b8' },
  office: { label: 'Office', fill: '#d9e1ea' },
  waiting: { label: 'Waiting area', fill: '#dde8f1' },
  lobby: { label: 'Lobby', fill: '#e2e9ef' },
  staff_room: { label: 'Staff room', fill: '#d5dfe9' },
  bathroom: { label: 'Bathroom', fill: '#c8e7ee' },
  stairs: { label: 'Stairs', fill: '#c5ccd4' },
  elevator: { label: 'Elevator', fill: '#bcc4ce' },
  exit: { label: 'Exit', fill: '#c4e8cf' },
};

const UNKNOWN_LOOK: RoomTypeLook = { label: 'Other', fill: '#e0e4e8' };

export function roomTypeLook(type: RoomType): RoomTypeLook {
  // A type added on the server before the client knows it still gets drawn.
  return ROOM_TYPE_LOOKS[type] ?? UNKNOWN_LOOK;
}

export type RoomState = 'normal' | 'hovered' | 'selected';

const OUTLINE = '#5f7185';
const SELECTED_OUTLINE = '#1b4d85';

/** How a room polygon is drawn: lightly filled by type, stronger when hovered, outlined when selected. */
export function roomPathStyle(type: RoomType, state: RoomState = 'normal'): PathOptions {
  const base: PathOptions = { fillColor: roomTypeLook(type).fill, color: OUTLINE, weight: 1, opacity: 0.8, fillOpacity: 0.45 };
  switch (state) {
    case 'hovered':
      return { ...base, weight: 2, opacity: 1, fillOpacity: 0.7 };
    case 'selected':
      return { ...base, color: SELECTED_OUTLINE, weight: 3, opacity: 1, fillOpacity: 0.75 };
    default:
      return base;
  }
}
