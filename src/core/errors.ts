/** Kinds of failure the shells (bot/, cli/) turn into words for people. */
export type AppErrorKind = 'config' | 'auth' | 'forbidden' | 'transient' | 'notFound' | 'invalidInput' | 'limit' | 'internal';

/** A failure with a kind; `userMessage` is German text safe to show, when the thrower has one. */
export class AppError extends Error {
  constructor(
    readonly kind: AppErrorKind,
    message: string,
    readonly userMessage?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AppError';
  }
}

export function isAppError(e: unknown, kind?: AppErrorKind): e is AppError {
  return e instanceof AppError && (kind === undefined || e.kind === kind);
}
