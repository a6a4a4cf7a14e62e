/** One problem with a request, naming the field it concerns (dotted path, e.g. `sightings[3].rssi`). */
export interface FieldIssue {
  field: string;
  message: string;
}

/**
 * Errors that are part of the API: each maps to an HTTP status and a message
 * meant for the caller. Features throw these (or subclasses) from services;
 * the global filter turns them into JSON responses.
 */
export class DomainError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly issues?: readonly FieldIssue[],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, id: string | number) {
    super(404, `${what} ${JSON.stringify(id)} does not exist`);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, issues?: readonly FieldIssue[]) {
    super(409, message, issues);
  }
}

export class InvalidInputError extends DomainError {
  constructor(message: string, issues: readonly FieldIssue[]) {
    super(400, message, issues);
  }
}
