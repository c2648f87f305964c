/**
 * Graph errors of a source's search as SourceFailure values (German message naming the source),
 * so the answer still comes from the other sources.
 */
import { isGraphRequestError } from '../../graph/errors.js';
import { describeSource } from '../source-registry.js';
import type { SourceFailure, SourceId } from '../types.js';


/**
 * Turns any error of a source's search into a SourceFailure value (German message naming the
 * source), so the answer still comes from the other sources.
 */
export function toSourceFailure(sourceId: SourceId, error: unknown): SourceFailure {
  const { failureLabel: name, permission } = describeSource(sourceId);
  if (!isGraphRequestError(error)) {
    return { sourceId, kind: 'error', message: `${name}: Die Suche ist fehlgeschlagen.` };
  }
  switch (error.reason) {
    case 'auth':
      return { sourceId, kind: 'auth', message: `${name}: Bitte melden Sie sich erneut bei Microsoft 365 an.` };
    case 'forbidden':
      return {
        sourceId,
        kind: 'forbidden',
        message: `${name}: Für die Suche fehlt die Berechtigung (${permission ?? 'Microsoft Graph'}). Bitte wenden Sie sich an Ihre IT-Administration; sie kann die Berechtigung erteilen (siehe docs/graph-berechtigungen.md).`,
      };
    case 'throttled':
      return { sourceId, kind: 'throttled', message: `${name}: Microsoft 365 ist gerade überlastet; die Antwort stützt sich auf die übrigen Quellen.` };
    case 'timeout':
    case 'aborted':
      return { sourceId, kind: 'timeout', message: `${name}: Keine rechtzeitige Antwort; die Antwort stützt sich auf die übrigen Quellen.` };
    case 'unreachable':
      return { sourceId, kind: 'unreachable', message: `${name}: Nicht erreichbar; die Antwort stützt sich auf die übrigen Quellen.` };
    default:
      return { sourceId, kind: 'error', message: `${name}: Die Suche ist fehlgeschlagen (${error.status || 'keine Antwort'}).` };
  }
}
