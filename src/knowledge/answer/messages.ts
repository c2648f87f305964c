/**
 * User-facing texts of the answer pipeline (German Sie-Form; English when the user writes English).
 */
import type { FailureStatus } from '../../llm/classify-error.js';
import { describeSource } from '../source-registry.js';
import type { SourceFailure } from '../types.js';

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

function sourceNames(failures: SourceFailure[], locale: Locale): string {
  const names = [...new Set(failures.map((f) => f.sourceId))].map((id) => describeSource(id).name[locale]);
  if (names.length < 2) return names.join('');
  const joiner = locale === 'en' ? ' and ' : ' und ';
  return `${names.slice(0, -1).join(', ')}${joiner}${names[names.length - 1]}`;
}

/** Says which sources could not be searched this time (the answer comes from the others). */
export function sourceFailureNotice(failures: SourceFailure[], locale: Locale): string | undefined {
  if (failures.length === 0) return undefined;
  const names = sourceNames(failures, locale);
  return locale === 'en'
    ? `Could not be searched this time: ${names}. The answer is based on the other sources.`
    : `Diesmal nicht durchsucht werden konnte: ${names}. Die Antwort stützt sich auf die übrigen Quellen.`;
}

/** Answer when no source could be searched at all: not the same as "the documents do not say". */
export function noSourceAvailableText(failures: SourceFailure[], locale: Locale): string {
  const names = sourceNames(failures, locale);
  return locale === 'en'
    ? `The documents could not be searched right now (${names} not available). Please try again in a few minutes.`
    : `Die Dokumente konnten gerade nicht durchsucht werden (nicht erreichbar: ${names}). Bitte versuchen Sie es in einigen Minuten erneut.`;
}

/** Without a model, an English question can only be searched for its German words: the reply says so. */
const UNTRANSLATED = 'The documents are in German, and no language model is configured to translate your question.';

function quotedWords(words: string[]): string {
  return words.map((w) => `“${w}”`).join(', ');
}

/**
 * Intro of the Fundstellen found for an untranslated English question: for the German words it
 * contains and for the dictionary translations the passages matched ("mileage allowance" →
 * "Kilometergeld"). A word-by-word translation can pick the wrong sense: the reader checks.
 */
export function germanWordsIntro(words: string[], translations: { english: string; german: string }[] = []): string {
  const parts = [
    ...(words.length ? [`the German words in your question (${quotedWords(words)})`] : []),
    ...(translations.length ? [`a word-by-word dictionary translation (${translations.map((t) => `“${t.english}” → “${t.german}”`).join(', ')})`] : []),
  ];
  const found = parts.length ? parts.join(' and ') : 'a word-by-word dictionary translation of your question';
  return `${UNTRANSLATED} Passages (Fundstellen) found for ${found}; please check that they answer your question:`;
}

/** An untranslated English question whose German words (if any) find nothing. */
export function germanWordsNotFoundText(words: string[]): string {
  const what = words.length ? `Nothing in the documents matches the German words in your question (${quotedWords(words)}) or its words translated with a dictionary.` : 'Nothing in the documents matches your question translated word by word with a dictionary.';
  return `${UNTRANSLATED} ${what} Please ask in German, e.g. “Wer genehmigt Dienstreisen?”.`;
}
