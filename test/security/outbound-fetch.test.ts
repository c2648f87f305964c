import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Agent } from 'undici';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../src/core/errors.js';
import { createOutboundFetch, hostAllowed, isPublicAddress, pinnedLookup, type LookupAll } from '../../src/security/outbound-fetch.js';

const lookup: LookupAll = async (host) => {
  const table: Record<string, string[]> = {
    'contoso.sharepoint.com': ['52.104.0.10'],
    'mixed.sharepoint.com': ['52.104.0.11', 'fd00::1'],
    'meta.sharepoint.com': ['169.254.169.254'],
    'mapped.sharepoint.com': ['::ffff:127.0.0.1'],
  };
  if (!table[host]) throw new Error(`ENOTFOUND ${host}`);
  return table[host].map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
};

/** A scripted "network": answers by URL, records what was requested. */
function network(routes: Record<string, () => Response>) {
  const requested: string[] = [];
  const fetchImpl = (async (input: string | URL | Request) => {
    const url = String(input);
    requested.push(url);
    const route = routes[url];
    return route ? route() : new Response('not found', { status: 404 });
  }) as typeof fetch;
  return { requested, fetchImpl };
}

const policy = { allowedHosts: ['*.sharepoint.com'], maxBytes: 1000, timeoutMs: 2000 };

async function refusal(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    if (isAppError(e)) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('outbound fetch guard', () => {
  it('knows internal addresses, including IPv4 inside IPv6 and the Azure platform endpoint', () => {
    for (const a of ['127.0.0.1', '10.0.0.1', '172.16.5.4', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', 'fe80::1', 'fd12::1', '::ffff:10.0.0.1', '::ffff:7f00:1', '168.63.129.16', 'not-an-ip']) {
      expect(isPublicAddress(a), a).toBe(false);
    }
    for (const a of ['52.104.0.10', '13.107.136.9', '2603:1026::1']) expect(isPublicAddress(a), a).toBe(true);
  });

  it('matches host patterns exactly or as subdomains, never as a bare suffix', () => {
    expect(hostAllowed('krefeld-my.sharepoint.com', ['*.sharepoint.com'])).toBe(true);
    expect(hostAllowed('KREFELD.sharepoint.com.', ['*.sharepoint.com'])).toBe(true);
    expect(hostAllowed('sharepoint.com.evil.org', ['*.sharepoint.com'])).toBe(false);
    expect(hostAllowed('evilsharepoint.com', ['*.sharepoint.com'])).toBe(false);
    expect(hostAllowed('krefeld.sharepoint.com', ['krefeld-my.sharepoint.com'])).toBe(false);
    // `*-my.sharepoint.com`: one label ending in -my directly under sharepoint.com (OneDrive hosts).
    expect(hostAllowed('krefeld-my.sharepoint.com', ['*-my.sharepoint.com'])).toBe(true);
    expect(hostAllowed('krefeldeur-my.sharepoint.com', ['*-my.sharepoint.com'])).toBe(true);
    for (const h of ['krefeld.sharepoint.com', 'evil.krefeld-my.sharepoint.com', '-my.sharepoint.com', 'krefeld-my.sharepoint.com.evil.org', 'krefeld-myx.sharepoint.com']) {
      expect(hostAllowed(h, ['*-my.sharepoint.com']), h).toBe(false);
    }
  });

  it('refuses names that resolve to any internal address', async () => {
    const guard = createOutboundFetch(policy, { lookup, fetch: network({}).fetchImpl });
    expect(await guard.checkUrl('https://contoso.sharepoint.com/a')).toMatchObject({ ok: true });
    for (const host of ['mixed', 'meta', 'mapped']) expect(await guard.checkUrl(`https://${host}.sharepoint.com/a`)).toMatchObject({ ok: false, reason: 'address' });
    expect(await guard.checkUrl('https://contoso.sharepoint.com:8443/a')).toMatchObject({ ok: false, reason: 'host' });
    expect(await guard.checkUrl('https://user:pw@contoso.sharepoint.com/a')).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('follows a redirect on the same host but not to another host', async () => {
    const net = network({
      'https://contoso.sharepoint.com/a': () => new Response(null, { status: 302, headers: { location: '/b' } }),
      'https://contoso.sharepoint.com/b': () => new Response('inhalt'),
      'https://contoso.sharepoint.com/c': () => new Response(null, { status: 302, headers: { location: 'https://mixed.sharepoint.com/x' } }),
      'https://contoso.sharepoint.com/d': () => new Response(null, { status: 307, headers: { location: 'http://127.0.0.1:8080/' } }),
    });
    const guard = createOutboundFetch(policy, { lookup, fetch: net.fetchImpl });
    expect(Buffer.from(await guard.download('https://contoso.sharepoint.com/a', 'a.txt')).toString()).toBe('inhalt');
    for (const start of ['c', 'd']) {
      const e = await refusal(guard.download(`https://contoso.sharepoint.com/${start}`, 'Anlage.vtt'));
      expect(e.kind).toBe('forbidden');
      expect(e.userMessage).toContain('„Anlage.vtt“');
    }
    expect(net.requested).not.toContain('https://mixed.sharepoint.com/x');
  });

  it('stops at the size limit, declared or streamed', async () => {
    const big = () => new ReadableStream({ pull: (c) => c.enqueue(new Uint8Array(400)) });
    const net = network({
      'https://contoso.sharepoint.com/declared': () => new Response('x', { headers: { 'content-length': '5000' } }),
      'https://contoso.sharepoint.com/endless': () => new Response(big()),
    });
    const guard = createOutboundFetch(policy, { lookup, fetch: net.fetchImpl });
    for (const p of ['declared', 'endless']) {
      const e = await refusal(guard.download(`https://contoso.sharepoint.com/${p}`, 'gross.vtt'));
      expect(e.kind).toBe('limit');
      expect(e.userMessage).toContain('„gross.vtt“ ist zu groß');
    }
  });

  it('gives up after the time limit with a German message', async () => {
    const hanging = ((_u: unknown, init?: RequestInit) =>
      new Promise((_r, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)))) as typeof fetch;
    const guard = createOutboundFetch({ ...policy, timeoutMs: 50 }, { lookup, fetch: hanging });
    const e = await refusal(guard.download('https://contoso.sharepoint.com/slow', 'langsam.vtt'));
    expect(e.userMessage).toContain('„langsam.vtt“ konnte nicht rechtzeitig geladen werden');
  });

  it('pins the connection to the checked addresses: a second DNS answer (rebinding to loopback) is never used', async () => {
    // An internal service on loopback that the rebinding answer points to.
    const hits: string[] = [];
    const internal = createServer((req, res) => {
      hits.push(req.url ?? '');
      res.end('geheim');
    });
    await new Promise<void>((r) => internal.listen(0, '127.0.0.1', r));
    const port = (internal.address() as AddressInfo).port;
    try {
      // The resolver answers a public address for the check, then loopback to everyone after.
      const answers: string[] = [];
      const rebinding: LookupAll = async () => {
        const address = answers.length ? '127.0.0.1' : '52.104.0.10';
        answers.push(address);
        return [{ address, family: 4 }];
      };
      // The real HTTP client (undici over real sockets), sent to the internal service's port. A client
      // that resolved again at connect would ask the same resolver — and reach loopback.
      const resolveAtConnect = new Agent({ connect: { lookup: (host, _o, cb) => void rebinding(host).then((a) => cb(null, a)) } });
      const realFetch = (url: URL, init: RequestInit) => {
        const target = new URL(url);
        target.protocol = 'http:';
        target.port = String(port);
        const dispatcher = (init as { dispatcher?: unknown }).dispatcher ?? resolveAtConnect;
        return fetch(target, { ...init, dispatcher } as RequestInit);
      };
      const guard = createOutboundFetch({ ...policy, timeoutMs: 1500 }, { lookup: rebinding, fetch: realFetch });
      const e = await refusal(guard.download('https://rebind.sharepoint.com/sitzung.vtt', 'sitzung.vtt'));
      expect(e.userMessage).toContain('„sitzung.vtt“');
      expect(hits).toEqual([]);
      expect(answers).toEqual(['52.104.0.10']);
      // Where the socket went: the checked address (refused or unreachable here), never loopback.
      const cause = String((e.cause as { cause?: unknown } | undefined)?.cause ?? e.cause ?? '');
      expect(cause).not.toContain('127.0.0.1');
      await resolveAtConnect.close();
    } finally {
      internal.close();
    }
  });

  it('uploads only to a OneDrive host by default, to the configured hosts when set, locally also to the Playground', async () => {
    const net = network({});
    const put = (guard: ReturnType<typeof createOutboundFetch>, url: string, extraOrigins?: string[]) => guard.upload(url, 'Entwurf.docx', Buffer.from('PK'), {}, { extraOrigins });
    const onedrive = async (host: string) => [{ address: host.startsWith('intern') ? '10.0.0.9' : '52.104.0.20', family: 4 }];
    const byDefault = createOutboundFetch(policy, { lookup: onedrive, fetch: net.fetchImpl });
    for (const url of ['https://contoso.sharepoint.com/sites/rat/upload', 'https://a.contoso-my.sharepoint.com/upload', 'https://intern-my.sharepoint.com/upload', 'http://127.0.0.1:9/upload']) {
      const e = await refusal(put(byDefault, url));
      expect(e.kind, url).toBe('forbidden');
      expect(e.userMessage).toContain('„Entwurf.docx“');
    }
    await expect(put(byDefault, 'https://contoso-my.sharepoint.com/personal/x/upload')).rejects.toMatchObject({ kind: 'transient' }); // reached: the scripted network answers 404
    await expect(put(byDefault, 'http://127.0.0.1:9/upload', ['http://127.0.0.1:9'])).rejects.toMatchObject({ kind: 'transient' });
    const tenant = createOutboundFetch({ ...policy, uploadHosts: ['krefeld-my.sharepoint.com'] }, { lookup: onedrive, fetch: net.fetchImpl });
    expect((await refusal(put(tenant, 'https://contoso-my.sharepoint.com/personal/x/upload'))).kind).toBe('forbidden');
    expect(net.requested).toEqual(['https://contoso-my.sharepoint.com/personal/x/upload', 'http://127.0.0.1:9/upload']);
  });

  it('answers every connect lookup with the checked addresses only, per family', () => {
    const lookupFn = pinnedLookup([
      { address: '52.104.0.10', family: 4 },
      { address: '2603:1026::1', family: 6 },
    ]);
    const seen: unknown[] = [];
    lookupFn('anything.example', { all: true }, (_e, a) => seen.push(a));
    lookupFn('anything.example', { family: 6 }, (_e, a, f) => seen.push([a, f]));
    lookupFn('anything.example', { family: 4, all: true }, (_e, a) => seen.push(a));
    expect(seen).toEqual([
      [
        { address: '52.104.0.10', family: 4 },
        { address: '2603:1026::1', family: 6 },
      ],
      ['2603:1026::1', 6],
      [{ address: '52.104.0.10', family: 4 }],
    ]);
  });
});
