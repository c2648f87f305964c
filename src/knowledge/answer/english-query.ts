/**
 * English questions over German documents. With a model, the question is translated into a
 * German search query (the answer is then written in English from the German passages). Without
 * one, the documents can only be searched for the German words the question contains
 * ("Who approves a Dienstreise abroad?" → "Dienstreise"); the reply says so.
 */
import type { ChatModel } from '../../llm/chat-model.js';
import { TRANSLATE_QUERY_SYSTEM_PROMPT, translateQueryUserPrompt } from '../../llm/prompts/translate-query.js';
import { redactIf } from '../../security/redact-pii.js';
import { germanWordsOf } from '../analysis/english.js';
import { neutraliseDelimiters } from './build-prompt.js';

export interface GermanSearch {
  /** The German search query; empty when an untranslated question has no German word. */
  text: string;
  /** True when the model translated the question. */
  translated: boolean;
  /** Without translation: the German words searched for. */
  germanWords: string[];
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
    if (line && line.length <= 400) return { text: line, translated: true, germanWords: [] };
  }
  const germanWords = germanWordsOf(question);
  return { text: germanWords.join(' '), translated: false, germanWords };
}
