/**
 * What hand-hygiene compliance is computed from and what it produces. Times are epoch milliseconds of
 * event time (the location engine's dated room transitions, the dispensers' own clocks).
 */

/** Entering or leaving a patient-care room: the two hand-hygiene opportunities electronic monitoring can see. */
export type OpportunityKind = 'entry' | 'exit';

/** One stay of a staff badge in a room, from the location engine's room transitions. */
export interface StaffStay {
  staffId: string;
  badgeId: string;
  /** nurse, physician, therapist, environmental_services, … */
  role: string;
  roomId: string;
  enteredAt: number;
  /** null: still there (no exit opportunity yet). */
  leftAt: number | null;
}

/** A room where entering and leaving are opportunities (patient rooms, ICU and ED bays). */
export interface CareRoom {
  id: string;
  unit: string | null;
  /** Isolation rooms follow the isolation rule (hand hygiene outside the room, around PPE). */
  isolation: boolean;
}

export interface Opportunity {
  /** `<staffId>:<roomId>:<kind>:<at>`: stable, so the same stays give the same ids. */
  id: string;
  staffId: string;
  badgeId: string;
  role: string;
  roomId: string;
  unit: string | null;
  kind: OpportunityKind;
  /** The door crossing. */
  at: number;
  /** Activations in [from, to] can meet it. */
  from: number;
  to: number;
  rule: 'standard' | 'isolation';
}

/** One use of a hand-hygiene dispenser. */
export interface DispenserActivation {
  id: string;
  dispenserId: string;
  at: number;
  /** The badge the dispenser read, when it reads badges. */
  badgeId: string | null;
}

/** How an opportunity was met, or that it was not. */
export interface Attribution {
  opportunityId: string;
  activationId: string | null;
  /** `badge`: the dispenser read the person's badge; `place-and-time`: an unbadged activation where and when it fits. */
  by: 'badge' | 'place-and-time' | null;
}
