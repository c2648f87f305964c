import { describe, expect, it } from 'vitest';
import { graphBatch, type BatchRequest } from '../../src/graph/batch.js';
import { createDelegatedGraphClient } from '../../src/graph/delegated-client.js';
import { TOKENS, type GraphEmulator } from '../graph-emulator/server.js';
import { useGraphEmulator } from '../graph-emulator/use-emulator.js';

let emu: GraphEmulator;
useGraphEmulator((started) => (emu = started));

const meRequests = (n: number): BatchRequest[] => Array.from({ length: n }, (_, i) => ({ id: String(i + 1), method: 'GET', url: '/me' }));

describe('$batch helper', () => {
  it('sends at most 20 requests per batch and answers every request in order', async () => {
    const client = createDelegatedGraphClient(TOKENS.anna, { baseUrl: emu.baseUrl });
    const responses = await graphBatch(client, meRequests(45));
    expect(responses.map((r) => r.id)).toEqual(meRequests(45).map((r) => r.id));
    expect(responses.every((r) => r.status === 200 && (r.body as { displayName: string }).displayName === 'Anna Schmitz')).toBe(true);
    const batches = emu.requests.filter((r) => r.path === '/$batch');
    expect(batches).toHaveLength(3);
    expect(emu.requests.filter((r) => r.batchPart)).toHaveLength(45);
  });

  it('retries parts answered 429 after their Retry-After, and only those parts', async () => {
    emu.throttle({ match: '/me', times: 2, retryAfterSeconds: 1, target: 'batchPart' });
    const waits: number[] = [];
    const client = createDelegatedGraphClient(TOKENS.bernd, { baseUrl: emu.baseUrl });
    const responses = await graphBatch(client, meRequests(5), { sleep: async (ms) => void waits.push(ms) });
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(1000);
    const parts = emu.requests.filter((r) => r.batchPart);
    expect(parts.filter((r) => r.status === 429)).toHaveLength(2);
    expect(parts).toHaveLength(7);
  });

  it('returns a part still throttled when retries run out, instead of failing the whole batch', async () => {
    emu.throttle({ match: '/me', times: 100, retryAfterSeconds: 0, target: 'batchPart', user: 'anna' });
    const client = createDelegatedGraphClient(TOKENS.anna, { baseUrl: emu.baseUrl });
    const [only] = await graphBatch(client, meRequests(1), { policy: { maxRetries: 2 }, sleep: async () => undefined });
    expect(only.status).toBe(429);
    expect(emu.requests.filter((r) => r.batchPart)).toHaveLength(3);
  });
});
