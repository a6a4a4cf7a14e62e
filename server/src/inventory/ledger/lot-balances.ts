import type { LotRef } from './ledger-entry.js';

/**
 * How many units of each lot a bin holds. `lotNumber` null is stock of unknown lot: units a count found
 * beyond what the ledger knew, or returned without a lot.
 */
export interface LotBalance {
  lotNumber: string | null;
  /** `YYYY-MM-DD`; null when unknown. */
  expiry: string | null;
  quantity: number;
}

/**
 * First expiry, first out (FEFO): the order in which units leave a bin when the cabinet does not say
 * which lot. Automated dispensing cabinets rarely scan the lot at withdrawal; pharmacy stocks the bin
 * so the soonest-expiring pack is taken first, and this ledger assumes it is. Unknown expiries go last
 * among known ones (nobody can prefer them); ties by lot number, so the order is total.
 */
export function fefoOrder(a: LotBalance, b: LotBalance): number {
  if (a.expiry !== b.expiry) {
    if (a.expiry === null) return 1;
    if (b.expiry === null) return -1;
    return a.expiry < b.expiry ? -1 : 1;
  }
  return (a.lotNumber ?? '') < (b.lotNumber ?? '') ? -1 : (a.lotNumber ?? '') > (b.lotNumber ?? '') ? 1 : 0;
}

function sameLot(balance: LotBalance, lotNumber: string | null): boolean {
  return balance.lotNumber === lotNumber;
}

function tidy(lots: readonly LotBalance[]): LotBalance[] {
  return lots.filter((lot) => lot.quantity > 0).sort(fefoOrder);
}

/** Adds units of a lot (a restock, or a return naming its lot); unknown lot when `lot` is null. */
export function addUnits(lots: readonly LotBalance[], lot: LotRef | null, quantity: number): LotBalance[] {
  const lotNumber = lot?.lotNumber ?? null;
  const existing = lots.find((balance) => sameLot(balance, lotNumber));
  if (existing === undefined) return tidy([...lots, { lotNumber, expiry: lot?.expiry ?? null, quantity }]);
  return tidy(lots.map((balance) => (balance === existing ? { ...balance, quantity: balance.quantity + quantity } : balance)));
}

/**
 * Takes units out: from the named lot first (when the cabinet knew it), then FEFO. Units beyond what the
 * lots hold leave the lots empty; the bin's expected count still goes down by all of them, and the next
 * count shows the difference.
 */
export function takeUnits(lots: readonly LotBalance[], lotNumber: string | null, quantity: number): LotBalance[] {
  let left = quantity;
  const order = [...lots].sort((a, b) => {
    const named = Number(lotNumber !== null && sameLot(b, lotNumber)) - Number(lotNumber !== null && sameLot(a, lotNumber));
    return named !== 0 ? named : fefoOrder(a, b);
  });
  const taken = order.map((balance) => {
    const take = Math.min(balance.quantity, left);
    left -= take;
    return { ...balance, quantity: balance.quantity - take };
  });
  return tidy(taken);
}

/**
 * Makes the lots add up to a counted quantity. A shortage is taken from the latest-expiring lots first:
 * which packs went missing is unknown, and keeping the soonest-expiring ones on the books never hides an
 * expiry. A surplus is stock of unknown lot.
 */
export function reconcileLots(lots: readonly LotBalance[], counted: number): LotBalance[] {
  const held = totalUnits(lots);
  if (counted === held) return tidy(lots);
  if (counted > held) return addUnits(lots, null, counted - held);
  let missing = held - counted;
  const latestFirst = [...lots].sort((a, b) => fefoOrder(b, a));
  const kept = latestFirst.map((balance) => {
    const take = Math.min(balance.quantity, missing);
    missing -= take;
    return { ...balance, quantity: balance.quantity - take };
  });
  return tidy(kept);
}

export function totalUnits(lots: readonly LotBalance[]): number {
  return lots.reduce((sum, lot) => sum + lot.quantity, 0);
}
