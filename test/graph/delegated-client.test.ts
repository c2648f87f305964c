import { describe, expect, it } from 'vitest';
import { isAppError } from '../../src/core/errors.js';
import { createDelegatedGraphClient } from '../../src/graph/delegated-client.js';
import { isGraphRequestError } from '../../src/graph/errors.js';
import { TOKENS, type GraphEmulator } from '../graph-emulator/server.js';
import { useGraphEmulator } from '../graph-emulator/use-emulator.js';

let emu: GraphEmulator;
useGraphEmulator((started) => (emu = started));

/** A sleep that records the waits and returns at once, so Retry-After rules are checked without waiting. */
function recordingSleep() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

describe('delegated Graph client', () => {
  it('survives 429 with Retry-After twice, waiting at least the asked seconds each time', async () => {
    emu.throttle({ match: '/me', times: 2, retryAfterSeconds: 2 });
    const { waits, sleep } = recordingSleep();
    const client = createDelegatedGraphClient(TOKENS.anna, { baseUrl: emu.baseUrl, sleep });
    const me = await client.getJson<{ displayName: string }>('/me');
    expect(me.displayName).toBe('Anna Schmitz');
    expect(emu.requests.map((r) => r.status)).toEqual([429, 429, 200]);
    expect(waits).toHaveLength(2);
    for (const w of waits) expect(w).toBeGreaterThanOrEqual(2000);
  });

  it('retries 503 with Retry-After too (real sleep)', async () => {
    emu.throttle({ match: '/me', times: 1, status: 503, retryAfterSeconds: 0 });
    const client = createDelegatedGraphClient(TOKENS.bernd, { baseUrl: emu.baseUrl });
    expect((await client.getJson<{ department: string }>('/me')).department).toBe('Kämmerei');
    expect(emu.requests.map((r) => r.status)).toEqual([503, 200]);
  });

  it('gives up with a throttled error instead of hanging in a 429 storm past the deadline', async () => {
    emu.throttle({ times: 1000, retryAfterSeconds: 1 });
    const client = createDelegatedGraphClient(TOKENS.anna, { baseUrl: emu.baseUrl, deadlineMs: 1800 });
    const started = Date.now();
    const error = await client.getJson('/me').catch((e: unknown) => e);
    expect(isGraphRequestError(error, 'throttled')).toBe(true);
    expect(Date.now() - started).toBeLessThan(1800);
    expect(emu.requests.length).toBeGreaterThanOrEqual(2);
  });

  it('stops after maxRetries even when the deadline would allow more', async () => {
    emu.throttle({ times: 1000, retryAfterSeconds: 0 });
    const client = createDelegatedGraphClient(TOKENS.anna, { baseUrl: emu.baseUrl, retry: { maxRetries: 3 } });
    await expect(client.getJson('/me')).rejects.toSatisfy((e) => isGraphRequestError(e, 'throttled'));
    expect(emu.requests).toHaveLength(4);
  });

  it('maps 401 (expired token) to AppError kind auth, without retrying', async () => {
    const client = createDelegatedGraphClient(TOKENS.expired, { baseUrl: emu.baseUrl });
    const error = await client.getJson('/me').catch((e: unknown) => e);
    expect(isAppError(error, 'auth')).toBe(true);
    expect(emu.requests).toHaveLength(1);
  });

  it('refuses to create a client without a token (no anonymous Graph calls)', () => {
    expect(() => createDelegatedGraphClient('', { baseUrl: emu.baseUrl })).toThrow(/token/i);
  });

  it('turns a slow answer into a timeout error at the deadline', async () => {
    emu.delay({ match: '/me', ms: 3000, times: 1 });
    const client = createDelegatedGraphClient(TOKENS.anna, { baseUrl: emu.baseUrl, deadlineMs: 300 });
    const error = await client.getJson('/me').catch((e: unknown) => e);
    expect(isGraphRequestError(error, 'timeout')).toBe(true);
  });

  it('keeps concurrent turns apart: each request carries exactly its own turn token', async () => {
    const tokens = Array.from({ length: 6 }, (_, i) => emu.issueToken(i % 2 ? 'bernd' : 'anna'));
    const clients = tokens.map((t) => createDelegatedGraphClient(t, { baseUrl: emu.baseUrl }));
    const results = await Promise.all(clients.map((c) => Promise.all([c.getJson<{ id: string }>('/me'), c.getJson<{ id: string }>('/me')])));
    results.forEach(([a, b], i) => {
      const expected = emu.tenant.users[i % 2 ? 'bernd' : 'anna'].id;
      expect(a.id).toBe(expected);
      expect(b.id).toBe(expected);
    });
    for (const t of tokens) expect(emu.requests.filter((r) => r.token === t)).toHaveLength(2);
    expect(emu.requests.every((r) => tokens.includes(r.token!))).toBe(true);
  });

  it('follows a download redirect to another host without the token', async () => {
    const seen: { url: string; auth: string | null }[] = [];
    const fetchSpy = async (input: string | URL | Request, init?: RequestInit) => {
      seen.push({ url: String(input), auth: new Headers(init?.headers).get('authorization') });
      if (String(input).includes('/content')) return new Response(null, { status: 302, headers: { location: 'https://tenant.sharepoint.example/download.aspx?tempauth=x' } });
      return new Response(new Uint8Array([1, 2, 3]), { status: 200, headers: { 'content-type': 'application/octet-stream' } });
    };
    const client = createDelegatedGraphClient('secret-token', { baseUrl: 'https://graph.example.test/v1.0', fetch: fetchSpy });
    expect([...(await client.getBytes('/drives/d/items/i/content'))]).toEqual([1, 2, 3]);
    expect(seen).toEqual([
      { url: 'https://graph.example.test/v1.0/drives/d/items/i/content', auth: 'Bearer secret-token' },
      { url: 'https://tenant.sharepoint.example/download.aspx?tempauth=x', auth: null },
    ]);
  });

  it('never sends the token to another host', async () => {
    const seen: { url: string; auth: string | null }[] = [];
    const fetchSpy = async (input: string | URL | Request, init?: RequestInit) => {
      seen.push({ url: String(input), auth: new Headers(init?.headers).get('authorization') });
      return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
    };
    const client = createDelegatedGraphClient('secret-token', { baseUrl: 'https://graph.example.test/v1.0', fetch: fetchSpy });
    await client.getJson('/me');
    expect(seen[0]).toEqual({ url: 'https://graph.example.test/v1.0/me', auth: 'Bearer secret-token' });
    expect(() => client.pathOf('https://evil.example/v1.0/me/messages?$skiptoken=1')).toThrow();
    expect(client.pathOf('https://graph.example.test/v1.0/me/messages?$skiptoken=1')).toBe('/me/messages?$skiptoken=1');
  });
});
