import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs. Message content must only be logged at debug level: callers pass it
 * in a `content` field, which is removed at info and above.
 */
export function createLogger(level: string = 'info', destination?: NodeJS.WritableStream): Logger {
  const options = {
    level,
    base: { service: 'rathaus-assistent' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: level === 'debug' || level === 'trace' ? [] : { paths: ['content', '*.content', 'text', '*.text'], remove: true },
  };
  return destination ? pino(options, destination as never) : pino(options);
}

/** Short, human-readable reference id for errors shown to users and written to the log. */
export function newReferenceId(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  let id = '';
  for (let i = 0; i < 8; i++) id += alphabet[Math.floor(Math.random() * alphabet.length)];
  return `${id.slice(0, 4)}-${id.slice(4)}`;
}
