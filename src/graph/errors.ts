/**
 * Typed failures of Microsoft Graph calls. Every Graph error becomes a GraphRequestError (an
 * AppError), so the shells can react by kind: `auth` → a fresh sign-in prompt, `forbidden` →
 * skip the item (it is not the user's), `transient` → say which source was not reachable.
 */
import { AppError, type AppErrorKind } from '../core/errors.js';

/** Why a Graph call failed, finer than AppErrorKind. */
export type GraphFailureReason =
  | 'auth'
  | 'forbidden'
  | 'notFound'
  | 'throttled'
  | 'timeout'
  | 'aborted'
  | 'unreachable'
  | 'badRequest'
  | 'server';

const KIND: Record<GraphFailureReason, AppErrorKind> = {
  auth: 'auth',
  forbidden: 'forbidden',
  notFound: 'notFound',
  throttled: 'transient',
  timeout: 'transient',
  aborted: 'transient',
  unreachable: 'transient',
  badRequest: 'invalidInput',
  server: 'transient',
};

const USER_MESSAGE: Record<GraphFailureReason, string> = {
  auth: 'Ihre Anmeldung bei Microsoft 365 ist abgelaufen oder ungültig. Bitte melden Sie sich erneut an.',
  forbidden: 'Für diesen Inhalt fehlt Ihnen oder dem Assistenten die Berechtigung.',
  notFound: 'Der Inhalt wurde in Microsoft 365 nicht gefunden.',
  throttled: 'Microsoft 365 hat zu viele Anfragen gemeldet und innerhalb der Wartezeit nicht geantwortet.',
  timeout: 'Microsoft 365 hat nicht rechtzeitig geantwortet.',
  aborted: 'Die Anfrage an Microsoft 365 wurde abgebrochen.',
  unreachable: 'Microsoft 365 ist gerade nicht erreichbar.',
  badRequest: 'Microsoft 365 hat die Anfrage abgelehnt.',
  server: 'Microsoft 365 hat einen Fehler gemeldet.',
};

/** A failed Graph request; `status` is the HTTP status (0 when no response), `code` Graph's error code. */
export class GraphRequestError extends AppError {
  constructor(
    readonly reason: GraphFailureReason,
    message: string,
    readonly status: number,
    readonly code?: string,
    options?: { cause?: unknown },
  ) {
    super(KIND[reason], message, USER_MESSAGE[reason], options);
    this.name = 'GraphRequestError';
  }
}

export function isGraphRequestError(e: unknown, reason?: GraphFailureReason): e is GraphRequestError {
  return e instanceof GraphRequestError && (reason === undefined || e.reason === reason);
}

/** Maps an HTTP status (and Graph error code) to a reason. */
export function reasonForStatus(status: number, code?: string): GraphFailureReason {
  if (status === 401) return 'auth';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  if (status === 429 || status === 503) return 'throttled';
  if (status === 504 || status === 408) return 'timeout';
  if (status >= 500) return 'server';
  if (status >= 400) return code === 'InvalidAuthenticationToken' ? 'auth' : 'badRequest';
  return 'server';
}
