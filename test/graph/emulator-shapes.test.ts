/**
 * The emulator must answer in Graph's shapes: every property it returns exists in the response
 * Microsoft documents for the same endpoint (test/fixtures/graph, MIT), apart from a few real
 * Graph properties the documented example happens not to show.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATTENDANCE_REPORT_ID, MEETING_EVENT_ID, MEETING_ID, MEETING_JOIN_URL } from '../graph-emulator/fixture-meeting.js';
import { startGraphEmulator, TOKENS, type GraphEmulator } from '../graph-emulator/server.js';

interface Mock {
  request: { url: string; method?: string };
  response: { statusCode: number; body: unknown };
}
const mocks = (JSON.parse(readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'graph', 'graph-v1-doc-mocks.json'), 'utf8')) as { mocks: Mock[] }).mocks;
const documented = (url: string): Record<string, unknown> => {
  const mock = mocks.find((m) => m.request.url === `https://graph.microsoft.com/v1.0${url}`);
  if (!mock) throw new Error(`no documented mock for ${url}`);
  const body = mock.response.body as { value?: Record<string, unknown>[] } & Record<string, unknown>;
  return body.value ? body.value[0] : body;
};

let emu: GraphEmulator;
beforeAll(async () => {
  emu = await startGraphEmulator();
});
afterAll(() => emu.close());

async function get(pathAndQuery: string, headers: Record<string, string> = {}): Promise<Record<string, unknown>> {
  const res = await fetch(`${emu.baseUrl}${pathAndQuery}`, { headers: { Authorization: `Bearer ${TOKENS.anna}`, ...headers } });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { value?: Record<string, unknown>[] } & Record<string, unknown>;
  return body.value ? body.value[0] : body;
}

const m = encodeURIComponent(MEETING_ID);
const cases: [string, () => Promise<Record<string, unknown>>, string, string[]][] = [
  ['message', () => get('/me/messages/AAMkAnna0001'), '/me/messages/*', ['uniqueBody']],
  ['online meeting by join URL', () => get(`/me/onlineMeetings?$filter=${encodeURIComponent(`JoinWebUrl eq '${MEETING_JOIN_URL}'`)}`), '/me/onlineMeetings?$filter=JoinWebUrl eq *', ['chatInfo']],
  ['transcript', () => get(`/me/onlineMeetings/${m}/transcripts`), '/users/*/onlineMeetings/*/transcripts', []],
  ['attendance report', () => get(`/me/onlineMeetings/${m}/attendanceReports`), '/me/onlineMeetings/*/attendanceReports', []],
  ['attendance record', () => get(`/me/onlineMeetings/${m}/attendanceReports/${ATTENDANCE_REPORT_ID}/attendanceRecords`), '/me/onlineMeetings/*/attendanceReports/*/attendanceRecords', []],
  ['event', () => get(`/me/events/${MEETING_EVENT_ID}`), '/me/events/*?$select=subject,body,bodyPreview,organizer,attendees,start,end,location,locations', ['isOnlineMeeting', 'onlineMeeting']],
];

describe('Graph emulator response shapes', () => {
  it.each(cases)('%s uses only documented properties', async (_name, fetchItem, mockUrl, realButUndocumented) => {
    const item = await fetchItem();
    const allowed = new Set([...Object.keys(documented(mockUrl)), ...realButUndocumented]);
    for (const key of Object.keys(item)) expect(allowed.has(key), `${key} is not a documented property`).toBe(true);
  });

  it('search hits carry hitId, rank, summary and resource, with total and moreResultsAvailable per container', async () => {
    const res = await fetch(`${emu.baseUrl}/search/query`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKENS.anna}`, 'content-type': 'application/json' },
      body: JSON.stringify({ requests: [{ entityTypes: ['driveItem'], query: { queryString: 'Haushaltssperre' }, from: 0, size: 1 }] }),
    });
    const body = (await res.json()) as { value: { hitsContainers: Record<string, unknown>[] }[] };
    const doc = documented('/search/query') as { hitsContainers: ({ hits: Record<string, unknown>[] } & Record<string, unknown>)[] };
    const container = body.value[0].hitsContainers[0];
    expect(Object.keys(container).sort()).toEqual(Object.keys(doc.hitsContainers[0]).sort());
    const hit = (container.hits as Record<string, unknown>[])[0];
    expect(Object.keys(hit).sort()).toEqual(Object.keys(doc.hitsContainers[0].hits[0]).sort());
    expect(container.moreResultsAvailable).toBe(true);
  });
});

describe('Graph emulator access rules', () => {
  const call = (p: string, token?: string, init: RequestInit = {}) =>
    fetch(`${emu.baseUrl}${p}`, { ...init, headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), 'content-type': 'application/json', ...(init.headers as Record<string, string>) } });

  it('answers 401 InvalidAuthenticationToken for missing, unknown and expired tokens', async () => {
    for (const token of [undefined, 'made-up', TOKENS.expired]) {
      const res = await call('/me', token);
      expect(res.status).toBe(401);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('InvalidAuthenticationToken');
    }
  });

  it('forbids direct access to a file not shared with the user', async () => {
    const res = await call('/drives/b!onedrive-bernd/items/01BERND0PERSONALPLANUNG/content', TOKENS.anna, { redirect: 'manual' });
    expect(res.status).toBe(403);
  });

  it('rejects $search combined with $filter, more than 20 batch steps, and message mixed with other entity types', async () => {
    expect((await call('/me/messages?$search="x"&$filter=isRead eq false', TOKENS.anna)).status).toBe(400);
    const steps = Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/me' }));
    expect((await call('/$batch', TOKENS.anna, { method: 'POST', body: JSON.stringify({ requests: steps }) })).status).toBe(400);
    const mixed = { requests: [{ entityTypes: ['message', 'driveItem'], query: { queryString: 'x' } }] };
    expect((await call('/search/query', TOKENS.anna, { method: 'POST', body: JSON.stringify(mixed) })).status).toBe(400);
  });
});
