import type { Logger } from '../../core/logger.js';
import type { UserContext } from '../../core/user-context.js';
import type { ChatMessage, ChatModel } from '../../llm/chat-model.js';
import type { KnowledgeSource, SourceFailure, SourceId } from '../types.js';

/** What answerQuestion needs; the caller narrows the search by passing fewer sources. */
export interface AnswerDeps {
  sources: KnowledgeSource[];
  /** Absent: extractive answers (LLM_PROVIDER=none). */
  chatModel?: ChatModel;
  /** REDACT_PII: personal data is removed from everything sent to the model. */
  redactPii: boolean;
  logger?: Logger;
}

export interface AnswerInput {
  question: string;
  user: UserContext;
  /** Previous turns of this conversation (oldest first), for follow-up questions. */
  history?: ChatMessage[];
  /** Passages to retrieve and consider (default 5). */
  top?: number;
  /**
   * Streaming preview of the generated answer, already guarded (no foreign citations or links).
   * The final `answer` of the result is authoritative: replace the preview with it.
   */
  onDelta?: (delta: string) => void;
  signal?: AbortSignal;
}

/** One cited passage; `id` is the number used as [id] in the answer text. */
export interface Citation {
  id: number;
  title: string;
  /** Path relative to KNOWLEDGE_DIR, or the URL for remote sources. */
  source: string;
  /** The Fundstelle: the passage's sentence(s) that best match the question (plain text). */
  snippet: string;
  /** Ranges [start, end) of matched question words in `snippet` (shown bold in Teams). */
  highlights?: [number, number][];
  /** The same sentence cut to the Teams citation abstract length. */
  abstract?: string;
  sourceId: SourceId;
  sectionPath: string[];
  page?: number;
  meta?: Record<string, string>;
}

export interface AnswerResult {
  question: string;
  found: boolean;
  mode: 'extractive' | 'generative';
  answer: string;
  citations: Citation[];
  failures: SourceFailure[];
  /** A note for the user, e.g. that the model was unavailable and the Fundstellen are shown. */
  notice?: string;
  /** The query the sources were searched with (differs from the question for follow-ups). */
  retrievalQuery: string;
  /** Retrieved passages flagged as planted instructions (not used as evidence). */
  quarantined?: number;
}
