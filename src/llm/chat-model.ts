import type { ZodType } from 'zod';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface ChatRequest {
  messages: ChatMessage[];
  /** Label for usage accounting, e.g. "answer", "minutes-summary". */
  purpose: string;
  maxTokens?: number;
  temperature?: number;
  signal?: AbortSignal;
  /** Called with each text delta when streaming is wanted. */
  onDelta?: (delta: string) => void;
}

export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
}

/** Outcome as a value: callers decide what a refusal or throttling means for the user. */
export type ChatResult =
  | { status: 'success'; text: string; usage: TokenUsage }
  | { status: 'rate_limited' | 'timeout' | 'content_filter' | 'unavailable' | 'error'; message: string; usage?: TokenUsage };

/** The one door to a language model (Azure OpenAI or any OpenAI-compatible server). */
export interface ChatModel {
  readonly name: string;
  complete(req: ChatRequest): Promise<ChatResult>;
  completeStructured<T>(req: ChatRequest, schema: ZodType<T>): Promise<{ status: 'success'; value: T; usage: TokenUsage } | Exclude<ChatResult, { status: 'success' }>>;
}

export interface EmbeddingModel {
  readonly name: string;
  embed(texts: string[], signal?: AbortSignal): Promise<number[][]>;
}
