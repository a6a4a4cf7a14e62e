/**
 * Ground floor (main-0): emergency department (west, south), radiology (west, north),
 * main entrance, lobby and café (centre), pharmacy and service yard access (east, south),
 * the biomedical engineering equipment depot (centre, north) and outpatients (east, north).
 * The band and zone grid is described in site.ts.
 */
import type { FloorBuilder } from '../lib/floor-builder.js';
import { ROWS, addWestWingDepartment, bandRow, numberedRooms, room, startFloor, type MainCorridors, type NorthCorridors } from './site.js';

const ED = 'Emergency department';
const RADIOLOGY = 'Radiology';
const PHARMACY = 'Pharmacy';
const BIOMED = 'Biomedical engineering';
const OUTPATIENTS = 'Outpatients';

export function buildGroundFloor(): FloorBuilder {
  const { b, spine, north } = startFloor({ id: 'main-0', name: 'Ground floor', level: 0 }, {
    west: { key: 'radiology-corridor', name: 'Radiology corridor', unit: RADIOLOGY },
    centre: { key: 'north-corridor', name: 'North corridor', unit: null },
    east: { key: 'outpatients-corridor', name: 'Outpatients corridor', unit: OUTPATIENTS },
    westLink: { key: 'radiology-link', name: 'Radiology link corridor', unit: RADIOLOGY },
  });
  addEmergencyDepartment(b, spine);
  addEntranceAndLobby(b, spine);
  addPharmacyAndServices(b, spine);
  addRadiology(b, spine, north);
  addEquipmentDepotAndStaffRooms(b, spine, north);
  addOutpatients(b, spine, north);
  return b;
}

function addEmergencyDepartment(b: FloorBuilder, spine: MainCorridors): void {
  addWestWingDepartment(b, spine, {
    prefix: 'ed',
    label: 'ED',
    unit: ED,
    south: [
      room('ambulance-entrance', 'Ambulance entrance', 'exit', 6),
      ...numberedRooms('resus', 'Resus', 1, 3, { type: 'ed_bay', width: 6 }),
      ...numberedRooms('ed-bay', 'ED bay', 1, 5, { type: 'ed_bay', width: 3.8 }),
    ],
    corner: { key: 'decontamination', name: 'Decontamination', type: 'bathroom' },
    middle: [
      ...numberedRooms('ed-bay', 'ED bay', 6, 12, { type: 'ed_bay', width: 3.5 }),
      room('ed-nurse-station', 'ED nurse station', 'nurse_station', 6),
      room('ed-medication', 'ED medication room', 'medication_room', 4),
      room('ed-clean-utility', 'ED clean utility', 'clean_utility', 4),
      room('ed-soiled-utility', 'ED soiled utility', 'soiled_utility', 4.5),
    ],
    alongSpine: [
      room('ed-staff-room', 'ED staff room', 'staff_room', 6),
      room('ed-doctors-office', "ED doctors' office", 'office', 5),
      room('ed-equipment-store', 'ED equipment store', 'storage', 5),
      room('ed-toilets', 'ED toilets', 'bathroom', 3),
      room('ed-relatives-room', 'Relatives room', 'waiting', 5),
      ...numberedRooms('triage', 'Triage', 1, 2, { type: 'ed_bay', width: 4.5 }),
      room('ed-reception', 'ED reception', 'office', 5),
      room('ed-linen-store', 'ED linen store', 'storage', 5),
    ],
  });
}

function addEntranceAndLobby(b: FloorBuilder, spine: MainCorridors): void {
  const walkIn = b.rect({ key: 'ed-walk-in-entrance', name: 'ED walk-in entrance', type: 'exit', unit: ED }, 46, 0, 54, 4);
  const edWaiting = b.rect({ key: 'ed-waiting', name: 'ED waiting', type: 'waiting', unit: ED }, 46, 4, 54, ROWS.m2.y1);
  const entrance = b.rect({ key: 'main-entrance', name: 'Main entrance', type: 'exit', unit: null }, 54, 0, 66, 4);
  const cafe = b.rect({ key: 'cafe', name: 'Café', type: 'waiting', unit: null }, 66, 0, 74, 12);
  // L-shaped: the café takes the lobby's south-east corner.
  const lobby = b.polygon({ key: 'main-lobby', name: 'Main lobby', type: 'lobby', unit: null }, [
    [54, 4],
    [66, 4],
    [66, 12],
    [74, 12],
    [74, ROWS.m2.y1],
    [54, ROWS.m2.y1],
  ]);
  b.door(walkIn, edWaiting);
  b.door(edWaiting, b.room('ed-link'));
  b.door(edWaiting, lobby);
  b.door(entrance, lobby);
  b.door(cafe, lobby);
  b.door(lobby, spine.centre);
}

function addPharmacyAndServices(b: FloorBuilder, spine: MainCorridors): void {
  const service = b.rect({ key: 'service-corridor', name: 'Service corridor', type: 'corridor', unit: null }, 74, ROWS.southCorridor.y0, 100, ROWS.southCorridor.y1);
  const serviceLink = b.rect({ key: 'service-link', name: 'Service link corridor', type: 'corridor', unit: null }, 88, ROWS.m1.y0, 91, ROWS.m2.y1);
  b.door(serviceLink, service);
  b.door(serviceLink, spine.east);
  const pharmacy = b.rect({ key: 'pharmacy', name: 'Pharmacy', type: 'pharmacy', unit: PHARMACY }, 74, ROWS.m1.y0, 84, ROWS.m2.y1);
  const pharmacyStore = b.rect({ key: 'pharmacy-store', name: 'Pharmacy store', type: 'storage', unit: PHARMACY }, 84, ROWS.m1.y0, 88, ROWS.m2.y1);
  b.door(pharmacy, spine.east);
  b.door(pharmacy, service);
  b.door(pharmacyStore, pharmacy);
  bandRow(b, 'm1', 91, service, null, [
    room('goods-receiving', 'Goods receiving', 'storage', 9),
  ]);
  bandRow(b, 'm2', 91, spine.east, null, [
    room('porters-base', "Porters' base", 'staff_room', 9),
  ]);
  bandRow(b, 's', 74, service, null, [
    room('service-entrance', 'Service entrance', 'exit', 8),
    room('clinical-waste-store', 'Clinical waste store', 'soiled_utility', 6),
    room('facilities-office', 'Facilities office', 'office', 6),
    room('east-exit', 'East fire exit', 'exit', 6),
  ]);
}

function addRadiology(b: FloorBuilder, spine: MainCorridors, north: NorthCorridors): void {
  bandRow(b, 'n1', 0, spine.west, RADIOLOGY, [
    room('radiology-staff-room', 'Radiology staff room', 'staff_room', 8),
    room('radiology-manager', 'Radiology manager', 'office', 6),
    room('radiology-reception', 'Radiology reception', 'office', 6),
    room('radiology-waiting', 'Radiology waiting', 'waiting', 11),
  ]);
  b.door('radiology-waiting', north.westLink);
  bandRow(b, 'n1', 34, spine.west, RADIOLOGY, [
    room('reporting-room', 'Reporting room', 'office', 6),
    room('radiology-toilets', 'Radiology toilets', 'bathroom', 6),
  ]);
  bandRow(b, 'n2', 0, north.west, RADIOLOGY, [
    ...numberedRooms('x-ray', 'X-ray', 1, 2, { type: 'imaging', width: 7 }),
    room('patient-changing', 'Patient changing', 'bathroom', 4),
    room('contrast-preparation', 'Contrast preparation', 'clean_utility', 4),
    room('radiology-soiled-utility', 'Radiology soiled utility', 'soiled_utility', 4),
    room('radiology-store', 'Radiology store', 'storage', 5),
  ]);
  bandRow(b, 'n2', 34, north.west, RADIOLOGY, [
    ...numberedRooms('ultrasound', 'Ultrasound', 1, 2, { type: 'imaging', width: 6 }),
  ]);
  bandRow(b, 'n3', 0, north.west, RADIOLOGY, [
    room('ct', 'CT scanner', 'imaging', 11),
    room('ct-control', 'CT control', 'office', 4),
    room('mri', 'MRI scanner', 'imaging', 12),
    room('mri-control', 'MRI control', 'office', 4),
    room('mri-equipment', 'MRI equipment', 'storage', 4),
    room('fluoroscopy', 'Fluoroscopy', 'imaging', 11),
  ]);
  b.door('ct', 'ct-control');
  b.door('mri', 'mri-control');
}

function addEquipmentDepotAndStaffRooms(b: FloorBuilder, spine: MainCorridors, north: NorthCorridors): void {
  bandRow(b, 'n1', 50, spine.centre, null, [
    room('staff-changing', 'Staff changing', 'bathroom', 5),
  ]);
  bandRow(b, 'n1', 66, spine.centre, null, [
    room('security-office', 'Security office', 'office', 8),
  ]);
  bandRow(b, 'n2', 46, north.centre, null, [
    room('multi-faith-room', 'Multi-faith room', 'waiting', 9),
  ]);
  bandRow(b, 'n2', 62, north.centre, null, [
    room('staff-room', 'Staff room', 'staff_room', 12),
  ]);
  bandRow(b, 'n3', 46, north.centre, BIOMED, [
    room('equipment-depot', 'Equipment depot (biomed)', 'equipment_depot', 14),
    room('biomed-workshop', 'Biomed workshop', 'office', 7),
    room('equipment-decontamination', 'Equipment decontamination', 'soiled_utility', 7),
  ]);
  b.door('equipment-depot', 'biomed-workshop');
}

function addOutpatients(b: FloorBuilder, spine: MainCorridors, north: NorthCorridors): void {
  const waiting = b.rect({ key: 'outpatients-waiting', name: 'Outpatients waiting', type: 'waiting', unit: OUTPATIENTS }, 74, ROWS.n1.y0, 84, ROWS.n2.y1);
  b.door(waiting, spine.east);
  b.door(waiting, north.east);
  bandRow(b, 'n1', 88, spine.east, OUTPATIENTS, [
    room('outpatients-office', 'Outpatients office', 'office', 6),
    room('public-toilets', 'Public toilets', 'bathroom', 6, { unit: null }),
  ]);
  bandRow(b, 'n2', 84, north.east, OUTPATIENTS, [
    ...numberedRooms('consulting', 'Consulting', 1, 1, { type: 'office', width: 6 }),
    ...numberedRooms('consulting', 'Consulting', 2, 3, { type: 'office', width: 5 }),
  ]);
  bandRow(b, 'n3', 74, north.east, OUTPATIENTS, [
    ...numberedRooms('consulting', 'Consulting', 4, 5, { type: 'office', width: 6 }),
    room('outpatients-clean-utility', 'OPD clean utility', 'clean_utility', 5),
    room('outpatients-store', 'OPD store', 'storage', 4),
    room('north-east-exit', 'North-east fire exit', 'exit', 5, { unit: null }),
  ]);
}
