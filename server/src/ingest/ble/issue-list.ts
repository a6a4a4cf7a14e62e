import type { FieldIssue } from '../../platform/http/domain-error.js';
import { MAX_REPORTED_ISSUES } from './ble-ingest-limits.js';

/**
 * The issues of a refused batch: the first few described in full, the rest only counted. A batch of 5000
 * bad sightings has thousands of issues; describing them all would cost more than the answer can show.
 */
export class IssueList {
  readonly listed: FieldIssue[] = [];
  private total = 0;

  constructor(private readonly limit = MAX_REPORTED_ISSUES) {}

  /** How many issues there are, listed or not. */
  get count(): number {
    return this.total;
  }

  /** Counts one issue; `describe` runs only when it is among the listed ones. */
  add(describe: () => FieldIssue): void {
    this.total++;
    if (this.listed.length < this.limit) this.listed.push(describe());
  }
}
