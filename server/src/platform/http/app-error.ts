/** A field-level problem with a request, e.g. `{ path: "entries.0.status", message: "..." }`. */
export interface FieldError {
  path: string;
  message: string;
  /** For a problem inside a report entry: the action it concerns, so a client can show it there. */
  actionCode?: string;
}

/**
 * The one error type services throw for expected failures. `code` is stable and meant for
 * programs; `message` is meant for people.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: FieldError[] | Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  static badRequest(message: string, details?: FieldError[]): AppError {
    return new AppError(400, 'validation_failed', message, details);
  }

  static notFound(message: string): AppError {
    return new AppError(404, 'not_found', message);
  }

  static conflict(code: string, message: string, details?: Record<string, unknown>): AppError {
    return new AppError(409, code, message, details);
  }
}

export interface ErrorBody {
  error: { code: string; message: string; details?: FieldError[] | Record<string, unknown> };
}
