import { alertCondition, type AlertCondition } from '../alert-condition.js';
import { EQUIPMENT_PAR_BELOW } from '../alert-kinds.js';

/** One PAR level (a minimum stock of an equipment type at a place) that is not met. */
export interface ParShortfall {
  /** Stable id of the PAR level (place and type), e.g. `unit:ICU:type:7`. */
  parId: string;
  /** Where: `ICU`, `Equipment depot, level 1`. */
  placeName: string;
  typeName: string;
  minimum: number;
  available: number;
  /** Available items homed there whose tag is silent: they may be there, but nobody can say. */
  unlocated: number;
  floorId: string | null;
  roomId: string | null;
}

/** A condition per PAR level below its minimum; critical when none is left at all. */
export function parBelowMinimum(shortfalls: readonly ParShortfall[]): AlertCondition[] {
  return shortfalls
    .filter((par) => par.available < par.minimum)
    .map((par) =>
      alertCondition({
        kind: EQUIPMENT_PAR_BELOW,
        subjectType: 'par',
        subjectId: par.parId,
        severity: par.available <= 0 ? 'critical' : 'warning',
        title: `${par.typeName} below PAR at ${par.placeName}: ${par.available} of ${par.minimum}`,
        detail: {
          placeName: par.placeName,
          typeName: par.typeName,
          minimum: par.minimum,
          available: par.available,
          shortfall: par.minimum - par.available,
          unlocated: par.unlocated,
        },
        floorId: par.floorId,
        roomId: par.roomId,
      }),
    );
}
