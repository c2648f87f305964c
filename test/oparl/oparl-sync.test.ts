import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isAppError } from '../../src/core/errors.js';
import { syncIndex, type CheckpointStore } from '../../src/knowledge/index/sync-index.js';
import { parseDocument } from '../../src/knowledge/parsers/parse-document.js';
import { createRetriever } from '../../src/knowledge/retriever.js';
import { NON_PUBLIC_NOTE } from '../../src/oparl/documents.js';
import { createOparlHttp } from '../../src/oparl/http-client.js';
import { createOparlIndexedSource } from '../../src/oparl/oparl-source.js';
import { startOparlEmulator, type OparlEmulator, type OparlObject } from '../fakes/oparl-emulator.js';
import { API, beispielstadt, SECRET_RESULT } from '../fakes/oparl-test-data.js';
import { oparlSchemaErrors } from '../fakes/oparl-schema-validator.js';

let dataDir: string;
let emulator: OparlEmulator;

beforeEach(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'rathaus-oparl-'));
  emulator = await startOparlEmulator(beispielstadt(), { pageSize: 2 });
});
afterEach(async () => {
  await emulator.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function memoryCheckpoints(): CheckpointStore & { value?: { checkpoint: string; indexBuiltAt: string } } {
  const box: CheckpointStore & { value?: { checkpoint: string; indexBuiltAt: string } } = {
    read: async () => box.value,
    write: async (v) => void (box.value = v),
  };
  return box;
}

function setup(systemUrl = emulator.systemUrl, maxRps = 1000) {
  const http = createOparlHttp({ maxRps, userAgent: 'Rathaus-Assistent/0.1 (+mailto:it@beispielstadt.example)', allowedHosts: ['127.0.0.1'], allowHttp: true, maxRetries: 3 });
  const source = createOparlIndexedSource({ http, systemUrl, parse: parseDocument, dataDir });
  const checkpoints = memoryCheckpoints();
  const run = () => syncIndex({ parse: parseDocument, dataDir, indexFile: 'oparl-index.json', checkpoints, readConcurrency: 4 })(source);
  return { http, source, checkpoints, run };
}

const chunksOf = (snapshot: { chunks: { source: string; text: string; title: string; meta?: Record<string, string> }[] }, key: string) => snapshot.chunks.filter((c) => c.source === emulator.url(`${API}/${key}`));

describe('OParl sync against the emulator', () => {
  it('serves only objects that validate against the OParl 1.1 schemas, except the one malformed on purpose', () => {
    const data = beispielstadt();
    const invalid = [data.system, ...data.bodies, ...data.objects].filter((o) => oparlSchemaErrors(o).length).map((o) => o.id);
    expect(invalid).toEqual([`${API}/paper/7`]);
  });

  it('indexes Vorlagen, Sitzungen and TOPs over several pages, citing the RIS pages, and reports the malformed object', async () => {
    const { run } = setup();
    const result = await run();
    expect(result.mode).toBe('load');
    // 5 valid Vorlagen (one of OParl 1.0), 2 Sitzungen, 3 TOPs; paper 4 and 3 have no file but their facts.
    expect(result.documents).toBe(6 + 2 + 3);
    expect(result.skipped).toEqual([{ source: emulator.url(`${API}/paper/7`), reason: 'invalid' }]);
    expect(result.skipMessages[emulator.url(`${API}/paper/7`)]).toMatch(/Kein gültiges OParl-Objekt \(Paper\).*name/);
    expect(emulator.requests.some((r) => r.path.includes('/papers?page=3'))).toBe(true);

    const turnhalle = chunksOf(result.snapshot, 'paper/1');
    expect(turnhalle[0].meta).toMatchObject({ web: 'https://ris.beispielstadt.example/vorlage/1', from: 'Stadt Beispielstadt', date: '2026-02-02', reference: '2026/0101' });
    expect(turnhalle.map((c) => c.text).join('\n')).toContain('480.000 Euro');
    expect(turnhalle.map((c) => c.text).join('\n')).toMatch(/Beratung im Gremium Bauausschuss in der Sitzung am 10\.03\.2026.*Entscheidung, beschließend/);
    // The File's own text is used without a download.
    expect(chunksOf(result.snapshot, 'paper/2').map((c) => c.text).join('\n')).toContain('ein Jahr lang zu erproben');
    expect(emulator.requests.some((r) => r.path.includes('file/32'))).toBe(false);
    // OParl 1.0 objects are read like 1.1 ones.
    expect(chunksOf(result.snapshot, 'paper/6').map((c) => c.text).join('\n')).toContain('95.000 Euro');
  });

  it('indexes a non-public TOP by its title only, never with its result', async () => {
    const { run } = setup();
    const { snapshot } = await run();
    const all = JSON.stringify(snapshot);
    expect(all).not.toContain('Grundwert GmbH');
    expect(all).not.toContain(SECRET_RESULT);
    const top = chunksOf(snapshot, 'item/12');
    expect(top).toHaveLength(1);
    expect(top[0].title).toContain('Grundstücksangelegenheit Gewerbegebiet Ost (nichtöffentlich)');
    expect(top[0].text).toBe(NON_PUBLIC_NOTE);
    expect(top[0].meta?.nonPublic).toBe('true');
    const public11 = chunksOf(snapshot, 'item/11').map((c) => c.text).join('\n');
    // The decision names its Gremium and day in the same sentence (a question by Gremium and day finds it).
    expect(public11).toContain('Ergebnis der Sitzung des Gremiums Bauausschuss am 10.03.2026 (10. März 2026): einstimmig beschlossen');
    expect(public11).toContain('Beschluss der Sitzung des Gremiums Bauausschuss am 10.03.2026 (10. März 2026): Der Bauausschuss beschließt');
    expect(public11).toContain('Vorlage 2026/0101: Sanierung der Turnhalle Nord');
    expect(chunksOf(snapshot, 'item/11')[0].meta?.web).toBe('https://ris.beispielstadt.example/top/11');
  });

  it('follows changes with modified_since: changed and new objects re-read, deleted ones leave the index', async () => {
    const { run, checkpoints } = setup();
    await run();
    expect(checkpoints.value?.checkpoint).toBeDefined();
    const later = new Date(Date.now() + 5_000).toISOString();
    emulator.update(`${API}/paper/4`, { name: 'Bericht über die Baumpflanzungen und Blühwiesen im Stadtpark' }, later);
    emulator.remove(`${API}/paper/3`, later);
    emulator.update(`${API}/meeting/1`, { agendaItem: [beispielstadt().objects.find((o) => o.id === `${API}/item/11`)] }, later);
    const before = emulator.requests.length;
    const second = await run();
    expect(second.mode).toBe('poll');
    const polled = emulator.requests.slice(before);
    expect(polled.every((r) => r.path.includes('modified_since=') || !r.path.includes('?'))).toBe(true);
    // Unchanged Vorlagen are not fetched again, nor their files.
    expect(polled.some((r) => r.path.includes('file/31'))).toBe(false);
    expect(chunksOf(second.snapshot, 'paper/3')).toEqual([]);
    expect(chunksOf(second.snapshot, 'paper/4')[0].title).toContain('Blühwiesen');
    // The TOP the meeting no longer lists is gone as well.
    expect(chunksOf(second.snapshot, 'item/12')).toEqual([]);
    expect(second.removed).toBe(2);
  });

  it('waits as long as a 429 Retry-After asks and retries 5xx answers', async () => {
    const { run } = setup();
    emulator.throttle(1, 1);
    const first = emulator.requests.length;
    await run();
    const [throttled, retried] = emulator.requests.slice(first, first + 2);
    expect(throttled.status).toBe(429);
    expect(retried.at - throttled.at).toBeGreaterThanOrEqual(950);
    emulator.fail(2, 503);
    const again = await setup().run();
    expect(again.documents).toBe(11);
  });

  it('ends a wait for a long Retry-After at once when the caller aborts', async () => {
    const { createServer } = await import('node:http');
    const server = createServer((_req, res) => res.writeHead(429, { 'retry-after': '60' }).end());
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const http = createOparlHttp({ maxRps: 1000, userAgent: 'x', allowedHosts: ['127.0.0.1'], allowHttp: true, maxRetries: 3 });
      const controller = new AbortController();
      const started = Date.now();
      setTimeout(() => controller.abort(), 200);
      const error = await http.getJson(`http://127.0.0.1:${(server.address() as { port: number }).port}/oparl/system`, controller.signal).catch((e: unknown) => e);
      expect((error as Error).name).toBe('AbortError');
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });

  it('never starts more than OPARL_MAX_RPS requests per second and names the city in its User-Agent', async () => {
    const { run } = setup(emulator.systemUrl, 20);
    await run();
    const times = emulator.requests.map((r) => r.at);
    const span = times[times.length - 1] - times[0];
    expect(span).toBeGreaterThanOrEqual(((times.length - 1) * 1000) / 20 - 30);
    expect(new Set(emulator.requests.map((r) => r.userAgent))).toEqual(new Set(['Rathaus-Assistent/0.1 (+mailto:it@beispielstadt.example)']));
  });

  it('says in German when the address is no OParl server or cannot be reached', async () => {
    const notOparl = await startOparlEmulator({ ...beispielstadt(), raw: { '/oparl/start': '<html><body>Ratsinfo</body></html>' } });
    const html = await setup(`${notOparl.base}/start`).run().catch((e: unknown) => e);
    expect(isAppError(html) && html.userMessage).toMatch(/liefert kein JSON und ist damit keine OParl-Schnittstelle/);
    const wrongJson = await setup(`${notOparl.base}/body/1`).run().catch((e: unknown) => e);
    expect(isAppError(wrongJson) && wrongJson.userMessage).toMatch(/ist keine OParl-Schnittstelle: ein System-Objekt/);
    const url = notOparl.systemUrl;
    await notOparl.close();
    const http = createOparlHttp({ maxRps: 1000, userAgent: 'x', allowedHosts: ['127.0.0.1'], allowHttp: true, maxRetries: 0 });
    const down = await syncIndex({ parse: parseDocument, dataDir, indexFile: 'x.json' })(createOparlIndexedSource({ http, systemUrl: url, parse: parseDocument, dataDir })).catch((e: unknown) => e);
    expect(isAppError(down) && down.userMessage).toMatch(/Das Ratsinformationssystem unter http:\/\/127\.0\.0\.1:\d+ ist nicht erreichbar \(Verbindung abgelehnt\)/);
  });

  it('finds a Vorlage by its reference through the shared retriever', async () => {
    const { run } = setup();
    const { snapshot } = await run();
    const hits = await createRetriever(snapshot).search('Was steht in 2026/0101?', 3);
    expect(hits[0].chunk.meta?.reference).toBe('2026/0101');
  });
});

describe('a real OParl 1.0 server (Wuppertal, vendored responses)', () => {
  const real = (name: string) => JSON.parse(readFileSync(path.resolve(`test/fixtures/oparl/real-responses/wuppertal-${name}.json`), 'utf8')) as OparlObject;

  it('deviates from the 1.1 schemas in exactly the known points, which the client tolerates', () => {
    expect(oparlSchemaErrors(real('system'))).toEqual(['/license must match format "url"', '/product must match format "url"']);
    expect(oparlSchemaErrors(real('body'))).toEqual(["must have required property 'legislativeTerm'", '/equivalent/0 must match format "url"']);
    expect(oparlSchemaErrors(real('meeting'))).toEqual([]);
  });

  it('syncs its System → Body → Meeting list and cites the meeting with its date', async () => {
    const wuppertal = await startOparlEmulator({ apiBase: 'http://oparl.wuppertal.de/oparl', system: real('system'), bodies: [real('body')], objects: [real('meeting')] });
    try {
      const { run } = setup(wuppertal.systemUrl);
      const result = await run();
      expect(result.documents).toBe(1);
      const [chunk] = result.snapshot.chunks;
      expect(chunk.title).toBe('SI/0507/20 am 29.09.2020');
      expect(chunk.meta).toMatchObject({ from: 'Instance 0001', date: '2020-09-29T15:00:00+02:00', oparl: 'Meeting' });
      // Its three PDFs (Einladung, Niederschrift, Ergebnisse) are not vendored: each reported by name, the sync goes on.
      expect(result.skipped.map((s) => s.source.split(' › ')[1])).toEqual(['Datei „Einladung gesamt“', 'Datei „Niederschrift“', 'Datei „Zusammenstellung_der_amtlichen_Ergebnisse“']);
    } finally {
      await wuppertal.close();
    }
  });
});
