/** Domain errors thrown by lib; the edges (pages, actions, route handlers) map them once. */

export class DomainError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {}

/** Input that fails validation; `fieldErrors` names the offending fields. */
export class InvalidInputError extends DomainError {
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
  }
}

/** The caller acted on a stale value: someone else changed it first. */
export class ConflictError<Current = unknown> extends DomainError {
  constructor(
    message: string,
    readonly current: Current,
  ) {
    super(message);
  }
}

export class UnauthorizedError extends DomainError {}
export class ForbiddenError extends DomainError {}

export function httpStatusOf(error: unknown): number {
  if (error instanceof NotFoundError) return 404;
  if (error instanceof InvalidInputError) return 400;
  if (error instanceof ConflictError) return 409;
  if (error instanceof UnauthorizedError) return 401;
  if (error instanceof ForbiddenError) return 403;
  return 500;
}

/** A message safe to show to users: domain messages as written, anything else generic. */
export function publicMessageOf(error: unknown): string {
  return error instanceof DomainError ? error.message : "Something went wrong on our side. The error has been logged.";
}
