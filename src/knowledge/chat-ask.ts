/**
 * The question use case of a chat turn: which sources (the local folder always, SharePoint and
 * Outlook only with this turn's delegated token), narrowed by the user's own words ("nur in
 * meinen Mails"), then the grounded answer. Graph clients are created per call from the token
 * and dropped with it.
 */
import type { AppConfig } from '../config.js';
import type { Logger } from '../core/logger.js';
import type { UserContext } from '../core/user-context.js';
import { createGraphSources, type GraphSourceId } from './sources/graph-sources.js';
import { interpretSourceNarrowing } from './sources/narrow-sources.js';
import type { ChatMessage, ChatModel } from '../llm/chat-model.js';
import { germanLexicon } from './analysis/lexicon.js';
import { answerQuestion, type AnswerResult } from './answer/index.js';
import type { ParseDocument } from './parsers/types.js';
import type { KnowledgeSource } from './types.js';

export interface ChatAskDeps {
  config: Pick<AppConfig, 'GRAPH_BASE_URL' | 'MAX_FILE_MB' | 'REDACT_PII'>;
  localSource?: KnowledgeSource;
  /** Further sources indexed on this server (the council information system), searched for everyone. */
  indexedSources?: KnowledgeSource[];
  chatModel?: ChatModel;
  parseDocument: ParseDocument;
  logger?: Logger;
  /**
   * Records a question nothing was found for (the record of unanswered questions, see
   * src/storage/records/unanswered-records.ts). Not called when no source could be searched.
   */
  recordUnanswered?: (input: { question: string; user: UserContext }) => Promise<void>;
}

export interface ChatAskInput {
  question: string;
  user: UserContext;
  history?: ChatMessage[];
  onDelta?: (delta: string) => void;
  signal?: AbortSignal;
}

export function createChatAsk(deps: ChatAskDeps) {
  // Read the built-in lexicon now (about half a second), not during the first user's turn.
  germanLexicon();
  return async (input: ChatAskInput): Promise<AnswerResult> => {
    const narrowing = interpretSourceNarrowing(input.question);
    const wanted = narrowing.sources;
    const graphWanted = (wanted ?? ['sharepoint', 'outlook']).filter((s): s is GraphSourceId => s === 'sharepoint' || s === 'outlook');
    const sources: KnowledgeSource[] = [];
    if (deps.localSource && (!wanted || wanted.includes('local'))) sources.push(deps.localSource);
    for (const s of deps.indexedSources ?? []) if (!wanted || wanted.includes(s.id)) sources.push(s);
    if (input.user.graphToken && graphWanted.length) {
      sources.push(...createGraphSources({ config: deps.config, token: input.user.graphToken, parseDocument: deps.parseDocument, sources: graphWanted }));
    }
    const result = await answerQuestion({ sources, chatModel: deps.chatModel, redactPii: deps.config.REDACT_PII, logger: deps.logger })({
      question: wanted ? narrowing.cleanedQuestion : input.question,
      user: input.user,
      history: input.history,
      onDelta: input.onDelta,
      signal: input.signal,
    });
    // A miss is a documentation gap only when the documents were searched: not while the index
    // is being built or every source failed. A follow-up is recorded as the query it became.
    const searched = new Set(result.failures.map((f) => f.sourceId)).size < sources.length;
    if (!result.found && searched && deps.recordUnanswered) {
      await deps.recordUnanswered({ question: result.retrievalQuery || result.question, user: input.user }).catch((e: unknown) => deps.logger?.error({ err: String(e) }, 'unanswered question not recorded'));
    }
    return result;
  };
}
