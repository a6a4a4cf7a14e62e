/**
 * Write-behind saves that run one after another, never overlapping: a periodic flush that finds the
 * previous one still writing queues behind it instead of writing the same rows twice at once.
 */
export class SerialSaves {
  private last: Promise<void> = Promise.resolve();

  /** Runs `save` after every earlier one has finished; resolves when it has. */
  run(save: () => Promise<void>): Promise<void> {
    this.last = this.last.then(save);
    return this.last;
  }
}
