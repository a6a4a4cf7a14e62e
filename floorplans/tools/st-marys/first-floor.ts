/**
 * First floor (main-1): the 12-bay intensive care unit (west, south), the 20-room
 * medical ward across the whole north half with two airborne-isolation rooms and their
 * anterooms, the education centre and administration (centre and east, south).
 * The band and zone grid is described in site.ts.
 */
import type { FloorBuilder, RowRoom } from '../lib/floor-builder.js';
import { ROWS, addCluster, addWestWingDepartment, bandRow, numberedRooms, room, startFloor, type MainCorridors, type NorthCorridors } from './site.js';

const ICU = 'Intensive care unit';
const WARD = 'Medical ward';
const EDUCATION = 'Education centre';
const ADMINISTRATION = 'Administration';

export function buildFirstFloor(): FloorBuilder {
  const { b, spine, north } = startFloor({ id: 'main-1', name: 'First floor', level: 1 }, {
    west: { key: 'ward-corridor-west', name: 'Ward corridor (west)', unit: WARD },
    centre: { key: 'ward-corridor-centre', name: 'Ward corridor (centre)', unit: WARD },
    east: { key: 'ward-corridor-east', name: 'Ward corridor (east)', unit: WARD },
    westLink: { key: 'ward-link', name: 'Ward link corridor', unit: WARD },
  });
  addIntensiveCare(b, spine);
  addWardPatientRooms(b, north);
  addWardSupport(b, spine, north);
  addEducationAndAdministration(b, spine);
  return b;
}

function addIntensiveCare(b: FloorBuilder, spine: MainCorridors): void {
  addWestWingDepartment(b, spine, {
    prefix: 'icu',
    label: 'ICU',
    unit: ICU,
    south: [...numberedRooms('icu-bay', 'ICU bay', 1, 7, { type: 'icu_bay', width: 5 }), room('icu-equipment-store', 'ICU equipment store', 'storage', 8)],
    corner: { key: 'icu-linen-store', name: 'ICU linen', type: 'storage' },
    middle: [
      ...numberedRooms('icu-bay', 'ICU bay', 8, 12, { type: 'icu_bay', width: 5 }),
      room('icu-nurse-station', 'ICU nurse station', 'nurse_station', 6),
      room('icu-medication', 'ICU medication room', 'medication_room', 4),
      room('icu-clean-utility', 'ICU clean utility', 'clean_utility', 4),
      room('icu-soiled-utility', 'ICU soiled utility', 'soiled_utility', 4),
    ],
    alongSpine: [
      room('icu-relatives-room', 'ICU relatives room', 'waiting', 7),
      room('icu-staff-room', 'ICU staff room', 'staff_room', 6),
      room('icu-consultants-office', "Consultants' office", 'office', 6),
      room('icu-toilets', 'ICU toilets', 'bathroom', 3),
      room('icu-seminar-room', 'ICU seminar room', 'office', 6),
      room('icu-reception', 'ICU reception', 'office', 6),
      room('icu-equipment-bay', 'ICU equipment bay', 'storage', 9),
    ],
  });
}

const patientRooms = (first: number, last: number, width: number): RowRoom[] =>
  numberedRooms('ward-room', 'Room', first, last, { type: 'patient_room', width });

/**
 * Rooms 1–20 along the north wall. Rooms 15 and 16 are airborne-infection isolation rooms
 * (ASHRAE 170: negative pressure, entered through an anteroom); each is L-shaped around
 * its anteroom so the anteroom opens onto the corridor and the room only onto the anteroom.
 */
function addWardPatientRooms(b: FloorBuilder, north: NorthCorridors): void {
  bandRow(b, 'n3', 0, north.west, WARD, patientRooms(1, 10, 4.6));
  bandRow(b, 'n3', 46, north.centre, WARD, patientRooms(11, 14, 4));
  addIsolationRoom(b, north, 15, 62);
  addIsolationRoom(b, north, 16, 68);
  bandRow(b, 'n3', 74, north.east, WARD, [
    ...patientRooms(17, 20, 4),
    room('ward-assisted-bathroom', 'Assisted bathroom', 'bathroom', 5),
    room('ward-store-east', 'Ward store (east)', 'storage', 5),
  ]);
}

function addIsolationRoom(b: FloorBuilder, north: NorthCorridors, number: number, x0: number): void {
  const { y0, y1 } = ROWS.n3;
  const anteroomWidth = 2.5;
  const anteroomDepth = 3;
  const anteroom = b.rect(
    { key: `ward-anteroom-${number}`, name: `Anteroom ${number}`, type: 'clean_utility', unit: WARD, pressure: 'negative' },
    x0,
    y0,
    x0 + anteroomWidth,
    y0 + anteroomDepth,
  );
  const room = b.polygon(
    { key: `ward-room-${number}`, name: `Room ${number} (isolation)`, type: 'patient_room', unit: WARD, isolation: 'airborne', pressure: 'negative' },
    [
      [x0, y0 + anteroomDepth],
      [x0 + anteroomWidth, y0 + anteroomDepth],
      [x0 + anteroomWidth, y0],
      [x0 + 6, y0],
      [x0 + 6, y1],
      [x0, y1],
    ],
  );
  b.door(anteroom, north.centre);
  b.door(room, anteroom);
}

function addWardSupport(b: FloorBuilder, spine: MainCorridors, north: NorthCorridors): void {
  bandRow(b, 'n2', 0, north.west, WARD, [
    room('ward-nurse-station-west', 'Nurse station (west)', 'nurse_station', 6),
    room('ward-medication-1', 'Med room 1', 'medication_room', 4),
    room('ward-clean-utility-1', 'Clean utility 1', 'clean_utility', 4),
    room('ward-soiled-utility-1', 'Soiled utility 1', 'soiled_utility', 4),
    room('ward-store-west', 'Ward store (west)', 'storage', 5),
    room('ward-toilets', 'Ward toilets', 'bathroom', 3),
    room('ward-linen-store', 'Linen store', 'storage', 5),
  ]);
  bandRow(b, 'n2', 34, north.west, WARD, [
    room('ward-day-room', 'Patient day room', 'waiting', 12),
  ]);
  bandRow(b, 'n2', 46, north.centre, WARD, [
    room('ward-equipment-bay', 'Ward equipment bay', 'storage', 9),
  ]);
  bandRow(b, 'n2', 62, north.centre, WARD, [
    room('ward-medication-2', 'Med room 2', 'medication_room', 4),
    room('ward-office', 'Ward office', 'office', 8),
  ]);
  bandRow(b, 'n2', 84, north.east, WARD, [
    room('ward-nurse-station-east', 'Nurse station (east)', 'nurse_station', 6),
    room('ward-clean-utility-2', 'Clean utility 2', 'clean_utility', 5),
    room('ward-soiled-utility-2', 'Soiled utility 2', 'soiled_utility', 5),
  ]);
  const lounge = b.rect({ key: 'discharge-lounge', name: 'Discharge lounge', type: 'waiting', unit: WARD }, 74, ROWS.n1.y0, 84, ROWS.n2.y1);
  b.door(lounge, spine.east);
  b.door(lounge, north.east);
  bandRow(b, 'n1', 0, spine.west, WARD, [
    room('ward-manager', 'Ward manager', 'office', 6),
    room('ward-doctors-office', "Doctors' office", 'office', 6),
    room('ward-staff-room', 'Ward staff room', 'staff_room', 7),
    room('ward-relatives-room', 'Relatives room', 'waiting', 6),
    room('ward-reception', 'Ward reception', 'office', 6),
  ]);
  bandRow(b, 'n1', 34, spine.west, WARD, [
    room('ward-meeting-room', 'Meeting room', 'office', 6),
    room('ward-staff-toilets', 'Staff toilets', 'bathroom', 6),
  ]);
  bandRow(b, 'n1', 50, spine.centre, null, [
    room('cleaners-store', "Cleaners' store", 'storage', 5),
  ]);
  bandRow(b, 'n1', 66, spine.centre, WARD, [
    room('ward-seminar-room', 'Ward seminar room', 'office', 8),
  ]);
  bandRow(b, 'n1', 88, spine.east, null, [
    room('visitor-toilets', 'Visitor toilets', 'bathroom', 6),
    room('quiet-room', 'Quiet room', 'waiting', 6),
  ]);
}

function addEducationAndAdministration(b: FloorBuilder, spine: MainCorridors): void {
  const split = 12;
  addCluster(
    b,
    spine.centre,
    { x0: 46, corridorX0: 58, corridorX1: 62, x1: 74, splitY: split },
    { key: 'education-corridor', name: 'Education corridor', type: 'corridor', unit: EDUCATION },
    {
      southWest: { key: 'staff-library', name: 'Staff library', type: 'office', unit: EDUCATION },
      northWest: { key: 'seminar-room-1', name: 'Seminar room 1', type: 'office', unit: EDUCATION },
      southEast: { key: 'staff-restaurant', name: 'Staff restaurant', type: 'staff_room', unit: EDUCATION },
      northEast: { key: 'seminar-room-2', name: 'Seminar room 2', type: 'office', unit: EDUCATION },
    },
  );
  addCluster(
    b,
    spine.east,
    { x0: 74, corridorX0: 85, corridorX1: 88, x1: 100, splitY: split },
    { key: 'administration-corridor', name: 'Admin corridor', type: 'corridor', unit: ADMINISTRATION },
    {
      southWest: { key: 'medical-records', name: 'Medical records', type: 'storage', unit: ADMINISTRATION },
      northWest: { key: 'admin-office-1', name: 'Admin office 1', type: 'office', unit: ADMINISTRATION },
      southEast: { key: 'server-room', name: 'Server room', type: 'storage', unit: ADMINISTRATION },
      northEast: { key: 'admin-office-2', name: 'Admin office 2', type: 'office', unit: ADMINISTRATION },
    },
  );
}
