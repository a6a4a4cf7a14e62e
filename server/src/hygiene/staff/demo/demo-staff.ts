/**
 * St Mary's staff for demo mode: 40 people on the ICU, the medical ward and the ED, with badges. Pure
 * data, no I/O. A day shift's worth of each unit in the mix wards have (nurses most, then physicians,
 * a therapist or two, environmental services; the ED's healthcare assistants and porters are `other`).
 *
 * Badges: the simulator's proximity UUID, major 2 (staff: IBEACON_MAJOR_BY_KIND), minor = the person's
 * number, so demo person 7 wears `ibeacon:<uuid>:2:7`, never an equipment tag (major 1). The demo
 * simulation puts the badges on air, on rounds of their units (demo/simulation/demo-staff-tags.ts).
 */
import { iBeaconTagId } from '../../../../../libs/beacon/index.js';
import { IBEACON_MAJOR_BY_KIND, SIMULATED_SITE_UUID } from '../../../simulator/beacon/tag-identity.js';
import type { NewStaffMember } from '../staff-registry.service.js';
import type { StaffRole } from '../staff-roles.js';

export const DEMO_BADGE_MAJOR = IBEACON_MAJOR_BY_KIND.staff;

export interface DemoStaffMember extends NewStaffMember {
  /** 1, 2, …: the employee number's digits and the badge's iBeacon minor. */
  number: number;
  unit: string;
  badgeTagId: string;
}

const UNITS: ReadonlyArray<[unit: string, people: ReadonlyArray<[name: string, role: StaffRole]>]> = [
  [
    'Intensive care unit',
    [
      ['Grace Whitfield', 'nurse'],
      ['Tomasz Nowak', 'nurse'],
      ['Priya Raman', 'nurse'],
      ['Owen Gallagher', 'nurse'],
      ['Mei Lin Tan', 'nurse'],
      ['Ruth Adeyemi', 'nurse'],
      ['Callum Fraser', 'nurse'],
      ['Sofia Marquez', 'nurse'],
      ['Hannah Brooks', 'nurse'],
      ['Dr Aisha Siddiqui', 'physician'],
      ['Dr Martin Keller', 'physician'],
      ['Dr Elena Petrova', 'physician'],
      ['Liam Doherty', 'therapist'],
      ['Joseph Mensah', 'environmental_services'],
    ],
  ],
  [
    'Medical ward',
    [
      ['Claire Bennett', 'nurse'],
      ['Daniel Osei', 'nurse'],
      ['Fatima Haddad', 'nurse'],
      ['George Papadopoulos', 'nurse'],
      ['Isla McKenzie', 'nurse'],
      ['Kwame Boateng', 'nurse'],
      ['Lucy Harper', 'nurse'],
      ['Nadia Kowalski', 'nurse'],
      ['Rosa Fernandes', 'nurse'],
      ['Dr Samuel Price', 'physician'],
      ['Dr Yuki Tanaka', 'physician'],
      ['Emma Lindqvist', 'therapist'],
      ['Rhys Morgan', 'therapist'],
      ['Patricia Nwosu', 'environmental_services'],
    ],
  ],
  [
    'Emergency department',
    [
      ['Aoife Byrne', 'nurse'],
      ['Ben Carter', 'nurse'],
      ['Chloe Dupont', 'nurse'],
      ['Deepak Sharma', 'nurse'],
      ['Ellie Watson', 'nurse'],
      ['Farid Rahman', 'nurse'],
      ['Gemma Holt', 'nurse'],
      ['Dr Hugo Laurent', 'physician'],
      ['Dr Ifeoma Eze', 'physician'],
      ['Dr Jack Sullivan', 'physician'],
      ['Kayla Robinson', 'other'],
      ['Marek Zielinski', 'environmental_services'],
    ],
  ],
];

function buildStaff(): DemoStaffMember[] {
  let number = 0;
  return UNITS.flatMap(([unit, people]) =>
    people.map(([displayName, role]) => {
      number++;
      return {
        number,
        displayName,
        role,
        unit,
        employeeNumber: `SM-${String(number).padStart(4, '0')}`,
        badgeTagId: iBeaconTagId(SIMULATED_SITE_UUID, DEMO_BADGE_MAJOR, number),
      };
    }),
  );
}

export const DEMO_STAFF: readonly DemoStaffMember[] = Object.freeze(buildStaff());
