/**
 * Fill colours of room types on the drawings: light tints so labels stay readable, with
 * related types in related hues (clinical blues, emergency reds, utilities greens/oranges).
 */
import type { RoomType } from '../../../server/src/floorplan/import/floorplan-format.js';

export const ROOM_FILL: Record<RoomType, string> = {
  patient_room: '#dbeafe',
  icu_bay: '#c7d2fe',
  operating_room: '#a5f3fc',
  ed_bay: '#fecaca',
  imaging: '#e9d5ff',
  corridor: '#f8fafc',
  nurse_station: '#fde68a',
  clean_utility: '#bbf7d0',
  soiled_utility: '#fed7aa',
  medication_room: '#fbcfe8',
  pharmacy: '#f5d0fe',
  storage: '#e7e5e4',
  equipment_depot: '#d9f99d',
  office: '#e0f2fe',
  waiting: '#fef9c3',
  lobby: '#fef3c7',
  staff_room: '#ccfbf1',
  bathroom: '#cffafe',
  stairs: '#d6d3d1',
  elevator: '#a8a29e',
  exit: '#86efac',
};

/** Human names of room types for the legend. */
export const ROOM_TYPE_LABEL: Record<RoomType, string> = {
  patient_room: 'Patient room',
  icu_bay: 'ICU bay',
  operating_room: 'Operating room',
  ed_bay: 'ED bay / resus / triage',
  imaging: 'Imaging',
  corridor: 'Corridor',
  nurse_station: 'Nurse station',
  clean_utility: 'Clean utility / anteroom',
  soiled_utility: 'Soiled utility',
  medication_room: 'Medication room',
  pharmacy: 'Pharmacy',
  storage: 'Storage',
  equipment_depot: 'Equipment depot',
  office: 'Office / consulting',
  waiting: 'Waiting / day room',
  lobby: 'Lobby',
  staff_room: 'Staff room',
  bathroom: 'Toilets / changing',
  stairs: 'Stairs',
  elevator: 'Elevator',
  exit: 'Entrance / exit',
};

export const INK = '#1f2937';
export const WALL = '#27272a';
export const STRUCTURE = '#d4d4d8';
