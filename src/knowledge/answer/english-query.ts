/**
 * English questions over German documents. With a model, the question is translated into a
 * German search query (the answer is then written in English from the German passages). Without
 * one, the documents are searched for the German words the question contains ("Who approves a
 * Dienstreise abroad?" → "Dienstreise") and for its other words translated word by word with a
 * dictionary ("mileage allowance" → Kilometergeld, Kilometerpauschale), weighted below German
 * words; the reply says so and names the translations the passages matched.
 */
import type { ChatModel } from '../../llm/chat-model.js';
import { TRANSLATE_QUERY_SYSTEM_PROMPT, translateQueryUserPrompt } from '../../llm/prompts/translate-query.js';
import { redactIf } from '../../security/redact-pii.js';
import { translateEnglishQuestion, type TranslatedTerm } from '../analysis/english-german.js';
import { stem, tokenize } from '../analysis/german.js';
import { askedAnswerType } from '../answer-type.js';
import { neutraliseDelimiters } from './build-prompt.js';

export interface GermanSearch {
  /** The German search query; empty when an untranslated question has no German word. */
  text: string;
  /** True when the model translated the question. */
  translated: boolean;
  /** Without translation: the German words searched for. */
  germanWords: string[];
  /** Without translation: the other words with their German dictionary candidates. */
  translations: TranslatedTerm[];
}

export interface GermanSearchDeps {
  chatModel?: ChatModel;
  redactPii: boolean;
}

export async function germanSearchFor(deps: GermanSearchDeps, question: string, signal?: AbortSignal): Promise<GermanSearch> {
  if (deps.chatModel) {
    const result = await deps.chatModel.complete({
      purpose: 'translate-query',
      temperature: 0,
      maxTokens: 120,
      signal,
      messages: [
        { role: 'system', content: TRANSLATE_QUERY_SYSTEM_PROMPT },
        { role: 'user', content: translateQueryUserPrompt(neutraliseDelimiters(redactIf(deps.redactPii, question))) },
      ],
    });
    const line = result.status === 'success' ? result.text.split('\n').map((l) => l.trim()).find(Boolean) : undefined;
    // A reply that lost the question (empty, absurdly long) is not trusted: fall back to the German words.
    if (line && line.length <= 400) return { text: line, translated: true, germanWords: [], translations: [] };
  }
  const { germanWords, terms } = translateEnglishQuestion(question);
  return { text: germanWords.join(' '), translated: false, germanWords, translations: terms.filter((t) => t.german.length || t.words?.some((w) => w.german.length)) };
}

/**
 * The dictionary translations the passages matched, one per English term: its first German
 * candidate that occurs in them ("mileage allowance" → "Kilometergeld"), else the English word
 * itself when they use it as a loanword ("roaming" → "Roaming"), for the reply to name.
 */
export function matchedTranslations(terms: readonly TranslatedTerm[], passages: readonly { text: string; title: string }[]): { english: string; german: string }[] {
  const stems = new Set(passages.flatMap((p) => tokenize(`${p.title} ${p.text}`).map(stem)));
  const out: { english: string; german: string }[] = [];
  const visit = (t: TranslatedTerm): boolean => {
    // The English word itself last, as the index counts it: German documents use loanwords ("Roaming", "Laptop").
    const loanword = !t.english.includes(' ') && t.english.length >= 3 ? [t.english.charAt(0).toUpperCase() + t.english.slice(1)] : [];
    const hit = [...t.german, ...loanword].find((g) => tokenize(g).every((w) => stems.has(stem(w))));
    if (hit) out.push({ english: t.english, german: hit });
    else if (t.words) return t.words.map(visit).some(Boolean);
    return hit !== undefined;
  };
  terms.forEach(visit);
  return out;
}

/** English questions that ask for an amount, a duration or a date (beyond the kinds `answerTypeOf` checks). */
const ASKS_NUMBER_EN = /\b(?:how\s+(?:much|many|long|often|soon|far|early)|when|by\s+when|deadline|limit|cut-?off)\b/i;

/**
 * The German words to choose the Fundstelle of an untranslated English question by: the German
 * words searched, the translations the passages matched, "wie viel" when the question asks for a
 * number (the quote then prefers the sentence with the amount or deadline) and "wo" when it asks
 * where (the sentence with the room or address).
 */
export function germanQuoteQuery(germanText: string, matched: readonly { german: string }[], question: string): string {
  return [germanText, ...matched.map((t) => t.german), ASKS_NUMBER_EN.test(question) || askedAnswerType(question) ? 'wie viel' : '', /\bwhere\b/i.test(question) ? 'wo' : ''].filter(Boolean).join(' ');
}
