import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { TokenCredential } from '@azure/identity';
import { createChatModel, createEmbeddingModel, type ModelConfig, type ModelDeps } from '../../src/llm/create-chat-model.js';
import { MemoryUsageRecorder } from '../../src/llm/usage.js';
import { startOpenAiStub, stubReply, type OpenAiStub, type StubReply } from '../fakes/openai-stub.js';

let stub: OpenAiStub | undefined;
afterEach(async () => {
  await stub?.close();
  stub = undefined;
});

function compatibleConfig(baseURL: string, extra: Partial<ModelConfig> = {}): ModelConfig {
  return {
    LLM_PROVIDER: 'openai-compatible',
    OPENAI_BASE_URL: baseURL,
    OPENAI_MODEL: 'llama-test',
    OPENAI_API_KEY: 'sk-test',
    AZURE_OPENAI_API_VERSION: '2024-10-21',
    LLM_TIMEOUT_MS: 5_000,
    LLM_MAX_RETRIES: 2,
    ...extra,
  };
}

function azureConfig(origin: string, extra: Partial<ModelConfig> = {}): ModelConfig {
  return {
    LLM_PROVIDER: 'azure-openai',
    AZURE_OPENAI_ENDPOINT: origin,
    AZURE_OPENAI_DEPLOYMENT: 'gpt-4o-mini',
    AZURE_OPENAI_API_VERSION: '2024-10-21',
    AZURE_OPENAI_API_KEY: 'azure-key',
    LLM_TIMEOUT_MS: 5_000,
    LLM_MAX_RETRIES: 2,
    ...extra,
  };
}

/** Sleeps are recorded instead of waited, so retry tests are fast and can check the waits. */
function recordingDeps(): ModelDeps & { waits: number[]; usage: MemoryUsageRecorder } {
  const waits: number[] = [];
  return { waits, usage: new MemoryUsageRecorder(), sleep: async (ms) => void waits.push(ms), random: () => 0 };
}

async function start(replies: StubReply[]) {
  stub = await startOpenAiStub({ replies });
  return stub;
}

const ask = { purpose: 'test', messages: [{ role: 'user' as const, content: 'Bis wann muss ich die Reisekosten abrechnen?' }] };

describe('createChatModel', () => {
  it('returns no model for LLM_PROVIDER=none', () => {
    expect(createChatModel({ ...compatibleConfig('http://127.0.0.1:1/v1'), LLM_PROVIDER: 'none' })).toBeUndefined();
  });

  it('openai-compatible: sends the messages and records token usage', async () => {
    const s = await start([stubReply.text('Innerhalb von sechs Monaten [1].', { usage: { promptTokens: 42, completionTokens: 7 } })]);
    const deps = recordingDeps();
    const model = createChatModel(compatibleConfig(s.baseURL), deps)!;
    const result = await model.complete(ask);
    expect(result).toEqual({ status: 'success', text: 'Innerhalb von sechs Monaten [1].', usage: { promptTokens: 42, completionTokens: 7 } });
    const req = s.chatRequests()[0];
    expect(req.body.model).toBe('llama-test');
    expect(req.body.messages[0].content).toContain('Reisekosten');
    expect(req.headers.authorization).toBe('Bearer sk-test');
    expect(deps.usage.entries).toEqual([expect.objectContaining({ purpose: 'test', model: 'llama-test', provider: 'openai-compatible', promptTokens: 42, completionTokens: 7, attempts: 1, status: 'success' })]);
  });

  it('azure-openai with key: deployment path, api-version and api-key header', async () => {
    const s = await start([stubReply.text('Antwort')]);
    const model = createChatModel(azureConfig(s.origin))!;
    const result = await model.complete(ask);
    expect(result.status).toBe('success');
    const req = s.chatRequests()[0];
    expect(req.path).toBe('/openai/deployments/gpt-4o-mini/chat/completions');
    expect(req.query['api-version']).toBe('2024-10-21');
    expect(req.headers['api-key']).toBe('azure-key');
  });

  it('azure-openai without key: Entra ID bearer token for the Cognitive Services scope', async () => {
    const s = await start([stubReply.text('Antwort')]);
    const scopes: string[] = [];
    const credential: TokenCredential = {
      getToken: async (scope) => {
        scopes.push(...(Array.isArray(scope) ? scope : [scope]));
        return { token: 'entra-token', expiresOnTimestamp: Date.now() + 3_600_000 };
      },
    };
    const model = createChatModel(azureConfig(s.origin, { AZURE_OPENAI_API_KEY: undefined }), { credential })!;
    expect((await model.complete(ask)).status).toBe('success');
    expect(s.chatRequests()[0].headers.authorization).toBe('Bearer entra-token');
    expect(scopes).toContain('https://cognitiveservices.azure.com/.default');
  });

  it('azure-openai without key and no Entra ID identity available: error outcome, no crash', async () => {
    const s = await start([stubReply.text('nie')]);
    const credential: TokenCredential = {
      getToken: async () => {
        throw new Error('CredentialUnavailableError: no managed identity endpoint');
      },
    };
    const result = await createChatModel(azureConfig(s.origin, { AZURE_OPENAI_API_KEY: undefined }), { credential })!.complete(ask);
    expect(result.status).toBe('error');
    expect(s.chatRequests()).toHaveLength(0);
  });

  it.each(['openai-compatible', 'azure-openai'] as const)('%s: streams deltas and still reports usage', async (provider) => {
    const s = await start([stubReply.text('Die Frist beträgt sechs Monate [1].', { chunkSize: 4, usage: { promptTokens: 30, completionTokens: 9 } })]);
    const deps = recordingDeps();
    const model = createChatModel(provider === 'azure-openai' ? azureConfig(s.origin) : compatibleConfig(s.baseURL), deps)!;
    const deltas: string[] = [];
    const result = await model.complete({ ...ask, onDelta: (d) => deltas.push(d) });
    expect(deltas.length).toBeGreaterThan(3);
    expect(deltas.join('')).toBe('Die Frist beträgt sechs Monate [1].');
    expect(result).toMatchObject({ status: 'success', text: 'Die Frist beträgt sechs Monate [1].', usage: { promptTokens: 30, completionTokens: 9 } });
    expect(s.chatRequests()[0].body.stream).toBe(true);
    expect(deps.usage.entries[0]).toMatchObject({ promptTokens: 30, completionTokens: 9 });
  });

  it('429: waits as long as Retry-After says, then succeeds', async () => {
    const s = await start([stubReply.rateLimited(2), stubReply.text('Jetzt geht es.')]);
    const deps = recordingDeps();
    const result = await createChatModel(compatibleConfig(s.baseURL), { ...deps, totalDeadlineMs: 60_000 })!.complete(ask);
    expect(result).toMatchObject({ status: 'success', text: 'Jetzt geht es.' });
    expect(s.chatRequests()).toHaveLength(2);
    expect(deps.waits[0]).toBeGreaterThanOrEqual(2_000);
    expect(deps.usage.entries[0]).toMatchObject({ attempts: 2, status: 'success' });
  });

  it('429 on every attempt: rate_limited after LLM_MAX_RETRIES retries', async () => {
    const s = await start([stubReply.rateLimited(1), stubReply.rateLimited(1), stubReply.rateLimited(1), stubReply.text('zu spät')]);
    const deps = recordingDeps();
    const result = await createChatModel(compatibleConfig(s.baseURL, { LLM_MAX_RETRIES: 2 }), { ...deps, totalDeadlineMs: 60_000 })!.complete(ask);
    expect(result.status).toBe('rate_limited');
    expect(s.chatRequests()).toHaveLength(3);
    expect(deps.usage.entries[0]).toMatchObject({ attempts: 3, status: 'rate_limited' });
  });

  it('429 with a Retry-After beyond the total deadline: gives up at once', async () => {
    const s = await start([stubReply.rateLimited(120), stubReply.text('zu spät')]);
    const deps = recordingDeps();
    const result = await createChatModel(compatibleConfig(s.baseURL), { ...deps, totalDeadlineMs: 10_000 })!.complete(ask);
    expect(result.status).toBe('rate_limited');
    expect(s.chatRequests()).toHaveLength(1);
    expect(deps.waits).toEqual([]);
  });

  it('500 then success: retried with backoff', async () => {
    const s = await start([stubReply.serverError(503), stubReply.text('ok')]);
    const deps = recordingDeps();
    const result = await createChatModel(compatibleConfig(s.baseURL), deps)!.complete(ask);
    expect(result.status).toBe('success');
    expect(deps.waits).toHaveLength(1);
    expect(deps.waits[0]).toBeGreaterThan(0);
  });

  it('a hanging server: timeout', async () => {
    const s = await start([stubReply.hang()]);
    const result = await createChatModel(compatibleConfig(s.baseURL, { LLM_TIMEOUT_MS: 300, LLM_MAX_RETRIES: 0 }))!.complete(ask);
    expect(result.status).toBe('timeout');
  });

  it('Azure content filter (400 content_filter): content_filter, not retried', async () => {
    const s = await start([stubReply.contentFilter(), stubReply.text('nie')]);
    const result = await createChatModel(azureConfig(s.origin), recordingDeps())!.complete(ask);
    expect(result.status).toBe('content_filter');
    expect(s.chatRequests()).toHaveLength(1);
  });

  it("finish_reason 'content_filter' in a 200 answer: content_filter", async () => {
    const s = await start([stubReply.text('Teil', { finishReason: 'content_filter' })]);
    const result = await createChatModel(azureConfig(s.origin))!.complete(ask);
    expect(result.status).toBe('content_filter');
  });

  it('endpoint down (connection refused): unavailable after retries', async () => {
    const s = await start([]);
    const baseURL = s.baseURL;
    await s.close();
    stub = undefined;
    const deps = recordingDeps();
    const result = await createChatModel(compatibleConfig(baseURL, { LLM_MAX_RETRIES: 1 }), deps)!.complete(ask);
    expect(result.status).toBe('unavailable');
    expect(deps.usage.entries[0]).toMatchObject({ attempts: 2, status: 'unavailable' });
  });

  it('500 on every attempt: unavailable', async () => {
    const s = await start([stubReply.serverError(), stubReply.serverError(), stubReply.serverError()]);
    const result = await createChatModel(compatibleConfig(s.baseURL), recordingDeps())!.complete(ask);
    expect(result.status).toBe('unavailable');
    expect(s.chatRequests()).toHaveLength(3);
  });

  it('401: error, not retried', async () => {
    const s = await start([{ kind: 'status', status: 401, body: { error: { message: 'bad key' } } }]);
    const result = await createChatModel(compatibleConfig(s.baseURL), recordingDeps())!.complete(ask);
    expect(result.status).toBe('error');
    expect(s.chatRequests()).toHaveLength(1);
  });
});

describe('completeStructured', () => {
  const schema = z.object({ frist: z.string(), monate: z.number() });

  it('parses fenced JSON', async () => {
    const s = await start([stubReply.text('Hier:\n```json\n{"frist":"Abrechnung","monate":6}\n```')]);
    const result = await createChatModel(compatibleConfig(s.baseURL))!.completeStructured(ask, schema);
    expect(result).toMatchObject({ status: 'success', value: { frist: 'Abrechnung', monate: 6 } });
  });

  it('asks once more after invalid JSON, with the error', async () => {
    const s = await start([stubReply.text('{"frist":"Abrechnung"}'), stubReply.text('{"frist":"Abrechnung","monate":6}')]);
    const result = await createChatModel(compatibleConfig(s.baseURL))!.completeStructured(ask, schema);
    expect(result).toMatchObject({ status: 'success', value: { monate: 6 } });
    const retry = s.chatRequests()[1].body.messages;
    expect(retry.at(-1).content).toContain('kein gültiges JSON');
  });

  it('gives up after the second invalid answer', async () => {
    const s = await start([stubReply.text('keine Ahnung'), stubReply.text('immer noch nicht')]);
    const result = await createChatModel(compatibleConfig(s.baseURL))!.completeStructured(ask, schema);
    expect(result.status).toBe('error');
    expect(s.chatRequests()).toHaveLength(2);
  });
});

describe('createEmbeddingModel', () => {
  it('is absent without an embedding model', () => {
    expect(createEmbeddingModel(compatibleConfig('http://127.0.0.1:1/v1'))).toBeUndefined();
  });

  it.each(['openai-compatible', 'azure-openai'] as const)('%s: embeds in order and records usage', async (provider) => {
    const s = await start([]);
    const usage = new MemoryUsageRecorder();
    const config =
      provider === 'azure-openai'
        ? azureConfig(s.origin, { AZURE_OPENAI_EMBEDDING_DEPLOYMENT: 'emb' })
        : compatibleConfig(s.baseURL, { OPENAI_EMBEDDING_MODEL: 'nomic-embed-text' });
    const model = createEmbeddingModel(config, { usage })!;
    const vectors = await model.embed(['Reisekosten abrechnen', 'Urlaub beantragen', 'Reisekosten abrechnen']);
    expect(vectors).toHaveLength(3);
    expect(vectors[0]).toEqual(vectors[2]);
    expect(vectors[0]).not.toEqual(vectors[1]);
    const req = s.requests.find((r) => r.kind === 'embeddings')!;
    if (provider === 'azure-openai') expect(req.path).toBe('/openai/deployments/emb/embeddings');
    else expect(req.body.model).toBe('nomic-embed-text');
    expect(usage.entries[0]).toMatchObject({ purpose: 'embedding', status: 'success' });
  });
});
