/**
 * The switching rule shared by the floor and the room decisions: a one-sided CUSUM test
 * (Page, "Continuous inspection schemes", Biometrika 1954) of "some other room (floor) explains
 * the evidence better than the current one". Each tick adds (lead − margin) × tick seconds,
 * where the lead is that of the best alternative; once the sum reaches margin × dwell, the
 * best alternative at that moment takes over: after `dwell` at a lead of twice the margin,
 * sooner for a stronger lead, never while the lead stays under the margin on average. Noise
 * around an even contest (a tag parked at a wall) drifts the sum down by the margin each
 * second, so reaching the threshold by chance gets exponentially less likely as margin ×
 * dwell grows (the CUSUM's average run length).
 *
 * A long dwell lets weak but persistent evidence win (a tag parked half a metre inside a
 * room), yet a walk into a room must show quickly: a lead of `strongLead` or more counts as
 * the largest step, so it wins after `minDwellS`.
 */
import type { ChallengerTrack } from './tag-states.js';

export interface SwitchRule {
  /** Lead (dB or nats) that does not count yet. */
  margin: number;
  /** Seconds a lead of twice the margin takes to switch. */
  dwellS: number;
  /** Lead from which each tick counts in full, so the switch comes after `minDwellS`. */
  strongLead: number;
  /** Fastest switch: one tick adds at most threshold × tick / minDwellS. */
  minDwellS: number;
}

/**
 * Feeds one tick: `best` is the strongest alternative (-1 if none) and `bestLead` its lead
 * over the incumbent. Returns the index that should take over now, or -1.
 */
export function challenge(track: ChallengerTrack, tag: number, best: number, bestLead: number, rule: SwitchRule, tickS: number, now: number): number {
  const threshold = rule.margin * rule.dwellS;
  const maxStep = (threshold / rule.minDwellS) * tickS;
  const lead = best < 0 ? -Infinity : bestLead;
  const step = lead >= rule.strongLead ? maxStep : Math.min(maxStep, (lead - rule.margin) * tickS);
  const evidence = track.evidence[tag] + step;
  if (!(evidence > 0)) {
    track.clear(tag);
    return -1;
  }
  track.candidate[tag] = best;
  track.evidence[tag] = evidence;
  // Date the change to the start of the last unbroken lead, not to the first noise that
  // happened to favour an alternative: a walk past a door should not predate the door.
  if (lead <= rule.margin) track.since[tag] = NaN;
  else if (Number.isNaN(track.since[tag])) track.since[tag] = now;
  return evidence >= threshold ? best : -1;
}
