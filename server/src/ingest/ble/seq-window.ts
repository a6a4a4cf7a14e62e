/**
 * Which batch numbers (`seq`) of one gateway were accepted, so that a retry is answered as a duplicate
 * and forwarded once. Keeps the highest accepted seq (the high-water mark) and one bit for each of the
 * SEQ_WINDOW_SIZE seqs at and below it: 512 bytes per gateway, whatever the traffic.
 */

/** How far below the high-water mark a batch is still recognised: hours of batches at any sane rate. */
export const SEQ_WINDOW_SIZE = 4096;
const WINDOW_BYTES = SEQ_WINDOW_SIZE / 8;

export type SeqVerdict =
  /** Not seen before (higher than any, or a gap within the window being filled): accept it. */
  | 'new'
  /** Accepted before: answer as a duplicate, forward nothing. */
  | 'duplicate'
  /**
   * Below the window: the gateway lost its counter (re-flashed, storage wiped). Accepted, and the window
   * starts again from it; a retry of a batch that old cannot still be in flight.
   */
  | 'restart';

export class SeqWindow {
  /** -1 until a seq is accepted (seqs are never negative). */
  private high = -1;
  /** Bit `seq % SEQ_WINDOW_SIZE` says whether `seq` was accepted, for seqs in (high - size, high]. */
  private readonly seen = new Uint8Array(WINDOW_BYTES);

  /**
   * A window as saved (see `bitmap`). Without a bitmap of the right size every seq of the window is
   * taken as seen: after a restart it is safer to refuse a late batch than to forward one twice.
   */
  static restore(highWater: number, bitmap: Uint8Array | undefined): SeqWindow {
    const window = new SeqWindow();
    window.high = highWater;
    if (bitmap?.length === WINDOW_BYTES) window.seen.set(bitmap);
    else window.seen.fill(0xff);
    return window;
  }

  /** The highest accepted seq, or undefined before the first. */
  get highWater(): number | undefined {
    return this.high < 0 ? undefined : this.high;
  }

  /** The window's bits, to save beside the high-water mark (a copy). */
  bitmap(): Uint8Array {
    return this.seen.slice();
  }

  /** Whether `seq` is new, a repeat or a counter restart; records it unless it is a repeat. */
  accept(seq: number): SeqVerdict {
    if (this.high < 0 || seq > this.high) {
      this.advanceTo(seq);
      return 'new';
    }
    if (this.high - seq < SEQ_WINDOW_SIZE) {
      if (this.has(seq)) return 'duplicate';
      this.mark(seq);
      return 'new';
    }
    this.seen.fill(0);
    this.high = seq;
    this.mark(seq);
    return 'restart';
  }

  private advanceTo(seq: number): void {
    if (this.high < 0 || seq - this.high >= SEQ_WINDOW_SIZE) {
      this.seen.fill(0);
    } else {
      // The slots between the old and the new mark held seqs that just left the window.
      for (let s = this.high + 1; s < seq; s++) this.unmark(s);
    }
    this.high = seq;
    this.mark(seq);
  }

  private has(seq: number): boolean {
    const slot = seq % SEQ_WINDOW_SIZE;
    return (this.seen[slot >>> 3] & (1 << (slot & 7))) !== 0;
  }

  private mark(seq: number): void {
    const slot = seq % SEQ_WINDOW_SIZE;
    this.seen[slot >>> 3] |= 1 << (slot & 7);
  }

  private unmark(seq: number): void {
    const slot = seq % SEQ_WINDOW_SIZE;
    this.seen[slot >>> 3] &= ~(1 << (slot & 7));
  }
}
