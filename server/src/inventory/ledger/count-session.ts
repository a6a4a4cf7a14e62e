/**
 * A count session: a pharmacist counts the bins of some cabinets; each count arrives as a ledger count
 * (from the cabinet or entered), and the session compares them with what the ledger expected when each
 * was counted. A session is signed off once every bin in it has a count.
 */

export interface SessionBin {
  binId: number;
  /** What the ledger expects now (for bins not counted yet). */
  expectedNow: number;
}

/** A count taken for the session, with what the ledger expected just before it. */
export interface SessionCount {
  binId: number;
  expected: number;
  counted: number;
  at: number;
}

export type ReconcileState = 'match' | 'mismatch' | 'not_counted';

export interface ReconcileLine {
  binId: number;
  expected: number;
  counted: number | null;
  /** counted − expected; null until counted. */
  delta: number | null;
  state: ReconcileState;
}

export interface SessionReconciliation {
  lines: ReconcileLine[];
  counted: number;
  matched: number;
  mismatched: number;
  notCounted: number;
  /** Units missing over all mismatches (positive), and units found beyond expected. */
  unitsMissing: number;
  unitsFound: number;
  /** Whether every bin has a count: the condition for signing off. */
  complete: boolean;
}

/** Reconciles a session: per bin its last count in the session against the expectation before it. */
export function reconcileSession(bins: readonly SessionBin[], counts: readonly SessionCount[]): SessionReconciliation {
  const last = new Map<number, SessionCount>();
  for (const count of counts) {
    const seen = last.get(count.binId);
    if (seen === undefined || count.at >= seen.at) last.set(count.binId, count);
  }
  const lines = bins.map((bin): ReconcileLine => {
    const count = last.get(bin.binId);
    if (count === undefined) return { binId: bin.binId, expected: bin.expectedNow, counted: null, delta: null, state: 'not_counted' };
    const delta = count.counted - count.expected;
    return { binId: bin.binId, expected: count.expected, counted: count.counted, delta, state: delta === 0 ? 'match' : 'mismatch' };
  });
  const mismatches = lines.filter((line) => line.state === 'mismatch');
  const notCounted = lines.filter((line) => line.state === 'not_counted').length;
  return {
    lines,
    counted: lines.length - notCounted,
    matched: lines.filter((line) => line.state === 'match').length,
    mismatched: mismatches.length,
    notCounted,
    unitsMissing: mismatches.reduce((sum, line) => sum + Math.max(0, -(line.delta ?? 0)), 0),
    unitsFound: mismatches.reduce((sum, line) => sum + Math.max(0, line.delta ?? 0), 0),
    complete: notCounted === 0,
  };
}
