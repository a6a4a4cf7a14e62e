import { DomainError } from '../platform/http/domain-error.js';

/** The tag is not tracked, or not yet placed (heard too briefly or only by gateways the site does not have). */
export class TagNotLocatedError extends DomainError {
  constructor(tagId: string) {
    super(404, `Tag ${JSON.stringify(tagId)} has no known position`);
  }
}
