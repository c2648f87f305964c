/**
 * ChatModel and EmbeddingModel over an `openai` client — the same code serves Azure OpenAI
 * (AzureOpenAI client) and any OpenAI-compatible server (OpenAI client with baseURL).
 * Every request goes through callModel (call-model.ts).
 */
import type OpenAI from 'openai';
import type { ZodType } from 'zod';
import type { ChatModel, ChatRequest, ChatResult, EmbeddingModel, TokenUsage } from './chat-model.js';
import { callModel, ModelOutcomeError, type AttemptContext, type ModelCallSettings } from './call-model.js';
import { completeStructured } from './structured.js';

/** Rough token estimate for servers that do not report usage (≈ 4 characters per token). */
const estimateTokens = (text: string) => Math.ceil(text.length / 4);

export function createOpenAiChatModel(client: OpenAI, settings: ModelCallSettings): ChatModel {
  const model: ChatModel = {
    name: settings.model,
    complete: (req) => completeChat(client, settings, req),
    completeStructured: <T>(req: ChatRequest, schema: ZodType<T>) => completeStructured(model, req, schema),
  };
  return model;
}

async function completeChat(client: OpenAI, settings: ModelCallSettings, req: ChatRequest): Promise<ChatResult> {
  const outcome = await callModel(settings, { purpose: req.purpose, signal: req.signal }, (ctx) =>
    req.onDelta ? streamOnce(client, settings, req, ctx) : requestOnce(client, settings, req, ctx),
  );
  if (outcome.status === 'success') return { status: 'success', text: outcome.value, usage: outcome.usage };
  return outcome;
}

function baseBody(settings: ModelCallSettings, req: ChatRequest) {
  return {
    model: settings.model,
    messages: req.messages.map((m) => ({ role: m.role, content: m.content })),
    ...(req.maxTokens !== undefined ? { max_tokens: req.maxTokens } : {}),
    ...(req.temperature !== undefined ? { temperature: req.temperature } : {}),
  };
}

async function requestOnce(client: OpenAI, settings: ModelCallSettings, req: ChatRequest, ctx: AttemptContext): Promise<{ value: string; usage: TokenUsage }> {
  const completion = await client.chat.completions.create(baseBody(settings, req), { signal: ctx.signal, maxRetries: 0, timeout: settings.timeoutMs });
  const choice = completion.choices[0];
  const text = choice?.message?.content ?? '';
  const usage: TokenUsage = {
    promptTokens: completion.usage?.prompt_tokens ?? estimateTokens(req.messages.map((m) => m.content).join('\n')),
    completionTokens: completion.usage?.completion_tokens ?? estimateTokens(text),
  };
  if (choice?.finish_reason === 'content_filter') throw new ModelOutcomeError('content_filter', 'completion stopped by content filter', usage);
  return { value: text, usage };
}

async function streamOnce(client: OpenAI, settings: ModelCallSettings, req: ChatRequest, ctx: AttemptContext): Promise<{ value: string; usage: TokenUsage }> {
  const stream = await client.chat.completions.create(
    { ...baseBody(settings, req), stream: true, stream_options: { include_usage: true } },
    { signal: ctx.signal, maxRetries: 0, timeout: settings.timeoutMs },
  );
  let text = '';
  let finishReason: string | null | undefined;
  let reported: TokenUsage | undefined;
  for await (const chunk of stream) {
    if (chunk.usage) reported = { promptTokens: chunk.usage.prompt_tokens, completionTokens: chunk.usage.completion_tokens };
    for (const choice of chunk.choices ?? []) {
      const delta = choice.delta?.content;
      if (delta) {
        text += delta;
        ctx.markDelivered();
        req.onDelta?.(delta);
      }
      if (choice.finish_reason) finishReason = choice.finish_reason;
    }
  }
  const usage = reported ?? { promptTokens: estimateTokens(req.messages.map((m) => m.content).join('\n')), completionTokens: estimateTokens(text) };
  if (finishReason === 'content_filter') throw new ModelOutcomeError('content_filter', 'stream stopped by content filter', usage);
  return { value: text, usage };
}

/** Embeddings through the same choke point; throws AppError-free Error on failure (callers fall back to lexical search). */
export function createOpenAiEmbeddingModel(client: OpenAI, settings: ModelCallSettings, batchSize = 64): EmbeddingModel {
  return {
    name: settings.model,
    async embed(texts: string[], signal?: AbortSignal): Promise<number[][]> {
      const out: number[][] = [];
      for (let i = 0; i < texts.length; i += batchSize) {
        const batch = texts.slice(i, i + batchSize);
        const outcome = await callModel(settings, { purpose: 'embedding', signal }, async (ctx) => {
          const res = await client.embeddings.create({ model: settings.model, input: batch }, { signal: ctx.signal, maxRetries: 0, timeout: settings.timeoutMs });
          const vectors = [...res.data].sort((a, b) => a.index - b.index).map((d) => d.embedding);
          return { value: vectors, usage: { promptTokens: res.usage?.prompt_tokens ?? 0, completionTokens: 0 } };
        });
        if (outcome.status !== 'success') throw new EmbeddingError(outcome.status, outcome.message);
        out.push(...outcome.value);
      }
      return out;
    },
  };
}

/** Embedding call failed after retries; `status` says why. */
export class EmbeddingError extends Error {
  constructor(
    readonly status: Exclude<ChatResult['status'], 'success'>,
    message: string,
  ) {
    super(message);
    this.name = 'EmbeddingError';
  }
}
