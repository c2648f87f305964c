/**
 * A ChatModel with replies scripted in call order (like teams-ai's TestModel). Records every
 * request so tests can assert what the model was asked. Streams a text reply through onDelta
 * in small pieces when the request asks for streaming.
 */
import type { ZodType } from 'zod';
import type { ChatModel, ChatRequest, ChatResult } from '../../src/llm/chat-model.js';
import { completeStructured } from '../../src/llm/structured.js';

/** A scripted reply: plain text for success, or a full ChatResult (e.g. { status: 'timeout', message }). */
export type FakeReply = string | ChatResult | ((req: ChatRequest) => string | ChatResult);

export class FakeChatModel implements ChatModel {
  readonly name = 'fake-model';
  readonly requests: ChatRequest[] = [];
  private index = 0;

  /** @param replies used in call order; after the last, `fallback` (default: an 'error' result). */
  constructor(
    private readonly replies: FakeReply[],
    private readonly fallback: FakeReply = { status: 'error', message: 'no scripted reply left' },
  ) {}

  async complete(req: ChatRequest): Promise<ChatResult> {
    this.requests.push(req);
    const scripted = this.index < this.replies.length ? this.replies[this.index++] : this.fallback;
    const value = typeof scripted === 'function' ? scripted(req) : scripted;
    const result: ChatResult = typeof value === 'string' ? { status: 'success', text: value, usage: { promptTokens: 10, completionTokens: Math.ceil(value.length / 4) } } : value;
    if (result.status === 'success' && req.onDelta) {
      for (let i = 0; i < result.text.length; i += 5) req.onDelta(result.text.slice(i, i + 5));
    }
    return result;
  }

  completeStructured<T>(req: ChatRequest, schema: ZodType<T>) {
    return completeStructured(this, req, schema);
  }

  /** Requests for one purpose, e.g. 'answer'. */
  requestsFor(purpose: string): ChatRequest[] {
    return this.requests.filter((r) => r.purpose === purpose);
  }
}
