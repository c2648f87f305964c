/**
 * User-facing texts of the answer pipeline (German Sie-Form; English when the user writes English).
 */
import type { FailureStatus } from '../../llm/classify-error.js';
import type { SourceFailure, SourceId } from '../types.js';

type Locale = 'de' | 'en';

export function notFoundText(locale: Locale): string {
  return locale === 'en'
    ? 'The available documents do not answer this question. Please ask the responsible department — for staff matters the personnel office (Personalamt), for organisational questions the central administration (Hauptamt).'
    : 'Die verfügbaren Dokumente beantworten diese Frage nicht. Bitte wenden Sie sich an den zuständigen Fachbereich – bei Personalfragen an das Personalamt, bei organisatorischen Fragen an das Hauptamt.';
}

export function extractiveIntro(locale: Locale): string {
  return locale === 'en' ? 'Relevant passages (Fundstellen) in the documents:' : 'Fundstellen in den Dokumenten:';
}

const MODEL_PROBLEM_DE: Record<FailureStatus, string> = {
  rate_limited: 'Das Sprachmodell ist gerade ausgelastet.',
  timeout: 'Das Sprachmodell hat nicht rechtzeitig geantwortet.',
  content_filter: 'Der Inhaltsfilter des Sprachmodells hat die Anfrage abgelehnt.',
  unavailable: 'Das Sprachmodell ist zurzeit nicht erreichbar.',
  error: 'Bei der Anfrage an das Sprachmodell ist ein Fehler aufgetreten.',
};

const MODEL_PROBLEM_EN: Record<FailureStatus, string> = {
  rate_limited: 'The language model is busy right now.',
  timeout: 'The language model did not answer in time.',
  content_filter: "The language model's content filter refused the request.",
  unavailable: 'The language model cannot be reached at the moment.',
  error: 'The request to the language model failed.',
};

/** Notice shown with the extractive fallback when the model failed. */
export function modelFailureNotice(status: FailureStatus, locale: Locale, hasPassages: boolean): string {
  const problem = (locale === 'en' ? MODEL_PROBLEM_EN : MODEL_PROBLEM_DE)[status];
  if (locale === 'en') return hasPassages ? `${problem} Instead, here are the matching passages from the documents.` : `${problem} Please try again later.`;
  return hasPassages ? `${problem} Stattdessen sehen Sie die passenden Fundstellen aus den Dokumenten.` : `${problem} Bitte versuchen Sie es später erneut.`;
}

const SOURCE_NAMES: Record<SourceId, { de: string; en: string }> = {
  local: { de: 'der Dokumentenordner', en: 'the document folder' },
  sharepoint: { de: 'SharePoint/OneDrive', en: 'SharePoint/OneDrive' },
  outlook: { de: 'Outlook', en: 'Outlook' },
  oparl: { de: 'das Ratsinformationssystem', en: 'the council information system' },
};

/** Says which sources could not be searched this time. */
export function sourceFailureNotice(failures: SourceFailure[], locale: Locale): string | undefined {
  const ids = [...new Set(failures.map((f) => f.sourceId))];
  if (ids.length === 0) return undefined;
  const names = ids.map((id) => SOURCE_NAMES[id][locale]).join(', ');
  return locale === 'en'
    ? `Not searched this time: ${names} could not be reached; the answer is based on the other sources.`
    : `Nicht durchsucht: ${names} war nicht erreichbar; die Antwort stützt sich auf die übrigen Quellen.`;
}
