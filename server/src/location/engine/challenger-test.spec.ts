import { challenge, type SwitchRule } from './challenger-test.js';
import { ChallengerTrack } from './tag-states.js';

const rule: SwitchRule = { margin: 1, dwellS: 10, strongLead: 8, minDwellS: 2 };
const TICK_S = 0.5;

/** Feeds a constant lead for room 7 until it wins; returns the seconds it took (or Infinity). */
function secondsToSwitch(lead: number, limitS = 120): number {
  const track = new ChallengerTrack();
  track.resize(1);
  for (let t = 0; t < limitS; t += TICK_S) {
    if (challenge(track, 0, 7, lead, rule, TICK_S, t * 1000) === 7) return t + TICK_S;
  }
  return Infinity;
}

describe('challenge (CUSUM switching rule)', () => {
  it('never switches on a lead at or under the margin', () => {
    expect(secondsToSwitch(1)).toBe(Infinity);
    expect(secondsToSwitch(-3)).toBe(Infinity);
  });

  it('switches after the dwell on a lead of twice the margin', () => {
    expect(secondsToSwitch(2)).toBe(10);
  });

  it('switches sooner on a stronger lead, but never before the minimum dwell', () => {
    expect(secondsToSwitch(3)).toBe(5);
    expect(secondsToSwitch(8)).toBe(2);
    expect(secondsToSwitch(50)).toBe(2);
  });

  it('forgets the evidence once the incumbent leads again', () => {
    const track = new ChallengerTrack();
    track.resize(1);
    for (let t = 0; t < 8; t += TICK_S) challenge(track, 0, 7, 2, rule, TICK_S, t * 1000);
    for (let t = 8; t < 20; t += TICK_S) challenge(track, 0, 7, -5, rule, TICK_S, t * 1000);
    expect(track.candidate[0]).toBe(-1);
    expect(track.evidence[0]).toBe(0);
  });

  it('dates the change to the start of the last unbroken lead over the margin', () => {
    const track = new ChallengerTrack();
    track.resize(1);
    const leads = [3, 3, 0.5, 3, 3, 9, 9, 9, 9];
    leads.forEach((lead, i) => challenge(track, 0, 7, lead, rule, TICK_S, i * 500));
    expect(track.since[0]).toBe(1500);
  });

  it('hands the switch to whichever alternative is best when the evidence is complete', () => {
    const track = new ChallengerTrack();
    track.resize(1);
    let winner = -1;
    for (let i = 0; winner < 0 && i < 100; i++) winner = challenge(track, 0, i < 2 ? 3 : 4, 9, rule, TICK_S, i * 500);
    expect(winner).toBe(4);
  });
});
