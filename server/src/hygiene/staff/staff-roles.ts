/**
 * The roles compliance is reported by. They follow the staff groups hand-hygiene audits report
 * separately because their contact with patients differs (WHO Hand Hygiene Technical Reference Manual,
 * 2009, observation form's "professional category": nurse/midwife, physician, other health-care worker,
 * auxiliary): nurses have the most room entries; physicians' compliance is the one most often
 * reported lower; therapists (physio-, occupational, respiratory) touch patients in short visits;
 * environmental services clean near patients and carry the environment between rooms (CDC, Options for
 * evaluating environmental cleaning, 2010). `other` keeps everyone else (porters, phlebotomists,
 * students) countable without inventing categories a site may not have.
 */
export const STAFF_ROLES = ['nurse', 'physician', 'therapist', 'environmental_services', 'other'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
