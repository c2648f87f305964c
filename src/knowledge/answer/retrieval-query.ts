/**
 * The query the sources are searched with. A follow-up ("Und wer genehmigt das?") names nothing
 * searchable, so it is condensed with the model when one is configured, or otherwise extended
 * with the previous user question.
 */
import type { ChatMessage, ChatModel } from '../../llm/chat-model.js';
import type { TranslatedTerm } from '../analysis/english-german.js';
import { CONDENSE_SYSTEM_PROMPT, condenseUserPrompt } from '../../llm/prompts/condense-question.js';
import { redactIf } from '../../security/redact-pii.js';
import { neutraliseDelimiters, trimHistory } from './build-prompt.js';

const FOLLOW_UP_START = /^(und|aber|oder|also|und wie|and|but|or|what about|how about)\b/i;
/** Words that point back to something said before ("dafür", "dort", "it"). */
const REFERRING_WORD = /\b(dafür|dazu|dabei|dort|dorthin|davon|darüber|darauf|dann|hierfür|hierzu|ihm|ihn|it|that|there|those|them)\b/i;
/** Pronouns that refer back only when no noun follows them ("Wer genehmigt das?" but not "das Formular"). */
const BARE_PRONOUN = /\b(das|dies|diese[rsmn]?|es|sie|er|this)\b(?!\s+\p{Lu})/u;

/**
 * True when the question refers back to the previous turn: it starts like a continuation
 * ("Und …", "Aber …") or, being short, uses a word that points back. A short question that
 * names its own subject ("Wer genehmigt Auslandsdienstreisen?") stands alone.
 */
export function looksLikeFollowUp(question: string): boolean {
  const q = question.trim();
  const words = q.split(/\s+/).filter(Boolean);
  return FOLLOW_UP_START.test(q) || (words.length <= 8 && (REFERRING_WORD.test(q) || BARE_PRONOUN.test(q.replace(/[?!.]+$/, ''))));
}

function previousUserQuestion(history: ChatMessage[]): string | undefined {
  for (let i = history.length - 1; i >= 0; i--) if (history[i].role === 'user' && history[i].content.trim()) return history[i].content.trim();
  return undefined;
}

export interface RetrievalQueryDeps {
  chatModel?: ChatModel;
  redactPii: boolean;
}

export interface RetrievalQuery {
  /** What the sources are searched with. */
  text: string;
  /**
   * Set when `text` is the previous question plus the follow-up (no model to condense): the
   * follow-up alone is searched as well, to re-rank toward what is asked now, and as fallback.
   */
  followUp?: string;
  /** The previous user question (the topic), set together with `followUp`. */
  previous?: string;
  /** An English question searched without a model: its words with German dictionary candidates (Query.translations). */
  translations?: TranslatedTerm[];
}

export async function buildRetrievalQuery(deps: RetrievalQueryDeps, question: string, history: ChatMessage[] = [], signal?: AbortSignal): Promise<RetrievalQuery> {
  const previous = previousUserQuestion(history);
  if (!previous || !looksLikeFollowUp(question)) return { text: question };
  const concatenated: RetrievalQuery = { text: `${previous} ${question}`, followUp: question, previous };
  if (!deps.chatModel) return concatenated;

  const redact = (t: string) => redactIf(deps.redactPii, t);
  const transcript = trimHistory(history)
    .map((m) => `${m.role === 'user' ? 'Frage' : 'Antwort'}: ${redact(m.content)}`)
    .join('\n');
  const result = await deps.chatModel.complete({
    purpose: 'condense-question',
    temperature: 0,
    maxTokens: 120,
    signal,
    messages: [
      { role: 'system', content: CONDENSE_SYSTEM_PROMPT },
      { role: 'user', content: condenseUserPrompt(transcript, neutraliseDelimiters(redact(question))) },
    ],
  });
  if (result.status !== 'success') return concatenated;
  const condensed = result.text.split('\n').map((l) => l.trim()).find(Boolean);
  // A rewrite that lost the question (empty, or absurdly long) is not trusted.
  if (!condensed || condensed.length > 400) return concatenated;
  return { text: condensed };
}
