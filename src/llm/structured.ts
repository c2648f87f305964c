/**
 * JSON output checked with a zod schema. Models sometimes wrap JSON in prose or code fences,
 * or miss a field: we extract the JSON, validate it, and ask once more with the error.
 */
import type { ZodType } from 'zod';
import type { ChatModel, ChatRequest, ChatResult, TokenUsage } from './chat-model.js';

export type StructuredResult<T> = { status: 'success'; value: T; usage: TokenUsage } | Exclude<ChatResult, { status: 'success' }>;

export async function completeStructured<T>(model: Pick<ChatModel, 'complete'>, req: ChatRequest, schema: ZodType<T>): Promise<StructuredResult<T>> {
  // Streaming makes no sense for JSON the caller cannot show half-done.
  const first = await model.complete({ ...req, onDelta: undefined });
  if (first.status !== 'success') return first;
  const parsed = parseJson(first.text, schema);
  if (parsed.ok) return { status: 'success', value: parsed.value, usage: first.usage };

  const retry = await model.complete({
    ...req,
    onDelta: undefined,
    messages: [
      ...req.messages,
      { role: 'assistant', content: first.text },
      { role: 'user', content: `Ihre Antwort war kein gültiges JSON nach dem verlangten Schema (${parsed.error}). Antworten Sie ausschließlich mit dem JSON-Objekt, ohne weiteren Text.` },
    ],
  });
  if (retry.status !== 'success') return retry;
  const usage = { promptTokens: first.usage.promptTokens + retry.usage.promptTokens, completionTokens: first.usage.completionTokens + retry.usage.completionTokens };
  const second = parseJson(retry.text, schema);
  if (second.ok) return { status: 'success', value: second.value, usage };
  return { status: 'error', message: `model returned invalid JSON twice: ${second.error}`, usage };
}

/** Extracts and validates JSON from model text (tolerates ```json fences and prose around it). */
export function parseJson<T>(text: string, schema: ZodType<T>): { ok: true; value: T } | { ok: false; error: string } {
  const candidate = extractJson(text);
  if (candidate === undefined) return { ok: false, error: 'kein JSON gefunden' };
  let data: unknown;
  try {
    data = JSON.parse(candidate);
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : 'ungültiges JSON' };
  }
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  return { ok: false, error: `${issue.path.join('.') || '(Wurzel)'}: ${issue.message}` };
}

function extractJson(text: string): string | undefined {
  const fenced = /```(?:json)?\s*([\s\S]*?)```/i.exec(text);
  const body = (fenced ? fenced[1] : text).trim();
  if (body.startsWith('{') || body.startsWith('[')) return body;
  const start = body.search(/[{[]/);
  if (start < 0) return undefined;
  const close = body[start] === '{' ? '}' : ']';
  const end = body.lastIndexOf(close);
  return end > start ? body.slice(start, end + 1) : undefined;
}
