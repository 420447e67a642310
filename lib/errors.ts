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

/** A request body larger than the edge accepts. */
export class PayloadTooLargeError extends DomainError {}

/** A request body in a format the edge does not read (e.g. not JSON). */
export class UnsupportedMediaTypeError extends DomainError {}

/** Too many attempts; `retryAfterSeconds` says when to try again. */
export class TooManyRequestsError extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

export function httpStatusOf(error: unknown): number {
  if (error instanceof NotFoundError) return 404;
  if (error instanceof InvalidInputError) return 400;
  if (error instanceof ConflictError) return 409;
  if (error instanceof UnauthorizedError) return 401;
  if (error instanceof ForbiddenError) return 403;
  if (error instanceof PayloadTooLargeError) return 413;
  if (error instanceof UnsupportedMediaTypeError) return 415;
  if (error instanceof TooManyRequestsError) return 429;
  return 500;
}

/** A message safe to show to users: domain messages as written, anything else generic. */
export function publicMessageOf(error: unknown): string {
  return error instanceof DomainError ? error.message : "Something went wrong on our side. The error has been logged.";
}
