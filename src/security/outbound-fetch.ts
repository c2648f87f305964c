/**
 * The one way the bot talks to a URL that a chat activity names (attachment downloads, file
 * consent uploads): https only, to an allow-listed host, never to a private, loopback or
 * link-local address after DNS resolution, no redirect to another host, bounded in size and time.
 * A refusal is an AppError whose German userMessage names the attachment.
 *
 * Decisions (docs/adr/0006-ausgehende-abrufe.md):
 * - Host patterns are exact host names or `*.suffix` (subdomains of suffix, not suffix itself).
 * - `extraOrigins` are exact origins allowed besides, also over http and on loopback — only the
 *   Agents Playground's own origin in local mode is ever passed here.
 * - The DNS check runs before the request; every address the name resolves to must be public.
 * - The connection is pinned to the checked addresses: the request goes through an undici Agent
 *   whose `lookup` answers with exactly those addresses, so the name is never resolved a second
 *   time at connect (no DNS rebinding between check and connect). TLS still verifies the
 *   certificate against the host name (SNI and Host stay the name).
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import type { LookupAddress, LookupOptions } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import { Agent, fetch as undiciFetch } from 'undici';
import { AppError } from '../core/errors.js';

export interface OutboundPolicy {
  /** Downloads: exact host names, `*.suffix` or `*-label.suffix` patterns (see hostAllowed). */
  allowedHosts: string[];
  /**
   * File consent uploads (the user's own OneDrive as Teams hands it out); default
   * DEFAULT_UPLOAD_HOSTS. Only the tenant's own host(s) bind the upload to the tenant.
   */
  uploadHosts?: string[];
  /** Largest response body in bytes. */
  maxBytes: number;
  /** Time limit for the whole transfer (connect, redirects, body). */
  timeoutMs: number;
}

export type LookupAll = (host: string) => Promise<{ address: string; family: number }[]>;

/** fetch that honours undici's `dispatcher` in `init` (global fetch and undici's fetch both do). */
export type PinnedFetch = (url: URL, init: RequestInit) => Promise<Response>;

export interface OutboundDeps {
  /** Default undici's fetch; it gets a dispatcher pinned to the checked addresses. */
  fetch?: PinnedFetch;
  /** DNS resolution (all addresses); default node:dns lookup. Called once per request hop. */
  lookup?: LookupAll;
}

export type UrlRefusal = 'invalid' | 'scheme' | 'host' | 'address' | 'dns';
/** `addresses`: the checked public addresses the connection must use (none for an extra origin). */
export type UrlVerdict = { ok: true; url: URL; addresses: { address: string; family: number }[] } | { ok: false; reason: UrlRefusal; detail: string };

const MAX_REDIRECTS = 3;

const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  blocked.addSubnet(net, prefix, 'ipv4');
}
// Azure's platform endpoint (wire server) sits in public address space but is internal.
blocked.addAddress('168.63.129.16', 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
  ['2001:db8::', 32],
  ['100::', 64],
] as const) {
  blocked.addSubnet(net, prefix, 'ipv6');
}

/** IPv4 embedded in an IPv6 address (mapped ::ffff:a.b.c.d, NAT64 64:ff9b::/96), if any. */
function embeddedIpv4(address: string): string | undefined {
  const lower = address.toLowerCase();
  const m = /^(?:::ffff:(?:0:)?|64:ff9b::)(.+)$/.exec(lower);
  if (!m) return undefined;
  const tail = m[1];
  if (isIP(tail) === 4) return tail;
  const parts = tail.split(':');
  if (parts.length !== 2 || !parts.every((p) => /^[0-9a-f]{1,4}$/.test(p))) return undefined;
  const [hi, lo] = parts.map((p) => parseInt(p, 16));
  return [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
}

/** True for an address on the public internet (not private, loopback, link-local, reserved). */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return !blocked.check(address, 'ipv4');
  if (family === 6) {
    const v4 = embeddedIpv4(address);
    if (v4) return !blocked.check(v4, 'ipv4');
    return !blocked.check(address, 'ipv6');
  }
  return false;
}

/** Where file consent uploads go when FILE_UPLOAD_HOSTS is empty: any OneDrive for Business host. */
export const DEFAULT_UPLOAD_HOSTS = ['*-my.sharepoint.com'] as const;

/**
 * True when `host` matches one of the patterns: exact; `*.suffix` for any subdomain of suffix (not
 * suffix itself); `*-rest.suffix` (e.g. `*-my.sharepoint.com`) for one label ending in `-rest`
 * directly under suffix — the shape of OneDrive hosts (`krefeld-my.sharepoint.com`).
 */
export function hostAllowed(host: string, patterns: string[]): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return patterns.some((raw) => {
    const p = raw.trim().toLowerCase();
    if (!p) return false;
    if (p.startsWith('*.')) return h.endsWith(p.slice(1)) && h.length > p.length - 1;
    if (p.startsWith('*')) {
      const tail = p.slice(1);
      const head = h.slice(0, h.length - tail.length);
      return h.endsWith(tail) && /^[a-z0-9-]+$/.test(head) && !tail.startsWith('.');
    }
    return h === p;
  });
}

const defaultLookup: LookupAll = (host) => dnsLookup(host, { all: true, verbatim: true });

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `net.connect` lookup that answers only with `addresses` (already checked), whatever name it is
 * asked for: the socket cannot reach an address the check did not see.
 */
export function pinnedLookup(addresses: { address: string; family: number }[]) {
  return (_host: string, options: LookupOptions | number | LookupCallback, callback?: LookupCallback): void => {
    const cb = (typeof options === 'function' ? options : callback)!;
    const opts = typeof options === 'object' ? options : {};
    const usable = opts.family === 4 || opts.family === 6 ? addresses.filter((a) => a.family === opts.family) : addresses;
    if (!usable.length) {
      cb(Object.assign(new Error('no checked address for this family'), { code: 'ENOTFOUND' }), opts.all ? [] : '', 0);
      return;
    }
    if (opts.all) cb(null, usable.map((a) => ({ address: a.address, family: a.family })));
    else cb(null, usable[0].address, usable[0].family);
  };
}

/** A one-request connection pool whose sockets can only go to the checked addresses. */
function pinnedAgent(addresses: { address: string; family: number }[], timeoutMs: number): Agent {
  return new Agent({ connect: { lookup: pinnedLookup(addresses), timeout: timeoutMs }, connections: 1, pipelining: 0 });
}

export interface OutboundFetch {
  /** Checks scheme, host (download hosts, or upload hosts for `purpose: 'upload'`) and resolved addresses of a URL without fetching it. */
  checkUrl(raw: string, extraOrigins?: string[], purpose?: 'download' | 'upload'): Promise<UrlVerdict>;
  /** GETs an attachment; throws an AppError with a German message naming `name`. */
  download(raw: string, name: string, options?: { extraOrigins?: string[] }): Promise<Uint8Array>;
  /**
   * PUTs bytes to an upload URL (file consent) on an upload host; throws an AppError naming `name`
   * when refused. `extraOrigins`: local mode only (Playground).
   */
  upload(raw: string, name: string, body: Buffer, headers: Record<string, string>, options?: { extraOrigins?: string[] }): Promise<void>;
}

const refusedMessage = (name: string) =>
  `Den Anhang „${name}“ lade ich nicht: Er liegt nicht an einem Ort, den Teams für Dateien verwendet. Bitte laden Sie die Datei direkt im Chat hoch (Büroklammer) und senden Sie sie erneut.`;
const failedMessage = (name: string) => `Der Anhang „${name}“ konnte nicht geladen werden. Bitte senden Sie ihn erneut.`;
const timeoutMessage = (name: string) => `Der Anhang „${name}“ konnte nicht rechtzeitig geladen werden. Bitte senden Sie ihn erneut.`;
const tooLargeMessage = (name: string, maxBytes: number) => `Der Anhang „${name}“ ist zu groß (höchstens ${Math.max(1, Math.round(maxBytes / 1024 / 1024))} MB).`;
const uploadRefusedMessage = (name: string) =>
  `Die Datei „${name}“ habe ich nicht übertragen: Das angegebene Speicherziel ist kein OneDrive oder SharePoint Ihrer Organisation. Die Datei bleibt gespeichert, bis der Entwurf abläuft; bitte wenden Sie sich an Ihre IT, wenn das wieder vorkommt.`;

export function createOutboundFetch(policy: OutboundPolicy, deps: OutboundDeps = {}): OutboundFetch {
  const fetchImpl = (deps.fetch ?? undiciFetch) as PinnedFetch;
  const lookup = deps.lookup ?? defaultLookup;

  const uploadHosts = policy.uploadHosts?.length ? policy.uploadHosts : [...DEFAULT_UPLOAD_HOSTS];

  async function checkUrl(raw: string, extraOrigins: string[] = [], purpose: 'download' | 'upload' = 'download'): Promise<UrlVerdict> {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return { ok: false, reason: 'invalid', detail: 'not a URL' };
    }
    if (url.username || url.password) return { ok: false, reason: 'invalid', detail: 'credentials in URL' };
    if (extraOrigins.includes(url.origin)) return { ok: true, url, addresses: [] };
    if (url.protocol !== 'https:') return { ok: false, reason: 'scheme', detail: url.protocol };
    if (url.port && url.port !== '443') return { ok: false, reason: 'host', detail: `port ${url.port}` };
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (isIP(host)) return { ok: false, reason: 'host', detail: 'address literal' };
    if (!hostAllowed(host, purpose === 'upload' ? uploadHosts : policy.allowedHosts)) return { ok: false, reason: 'host', detail: host };
    let addresses: { address: string; family: number }[];
    try {
      addresses = await lookup(host);
    } catch (e) {
      return { ok: false, reason: 'dns', detail: e instanceof Error ? e.message : String(e) };
    }
    if (!addresses.length) return { ok: false, reason: 'dns', detail: 'no address' };
    const internal = addresses.find((a) => !isPublicAddress(a.address));
    if (internal) return { ok: false, reason: 'address', detail: `${host} resolves to ${internal.address}` };
    return { ok: true, url, addresses: addresses.map((a) => ({ address: a.address, family: a.family === 6 || isIP(a.address) === 6 ? 6 : 4 })) };
  }

  /**
   * Fetches with manual redirects: each hop is checked again and must stay on the same host, and
   * connects only to the addresses its check saw (the agents go to `agents`, closed by the caller).
   */
  async function request(raw: string, init: RequestInit, name: string, extraOrigins: string[], signal: AbortSignal, refused: string, agents: Agent[], purpose: 'download' | 'upload' = 'download'): Promise<Response> {
    let current = raw;
    let firstHost: string | undefined;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const verdict = await checkUrl(current, extraOrigins, purpose);
      if (!verdict.ok) throw new AppError('forbidden', `outbound request refused (${verdict.reason}: ${verdict.detail})`, refused);
      firstHost ??= verdict.url.host;
      if (verdict.url.host !== firstHost) throw new AppError('forbidden', `redirect to another host refused (${verdict.url.host})`, refused);
      const dispatcher = verdict.addresses.length ? pinnedAgent(verdict.addresses, policy.timeoutMs) : undefined;
      if (dispatcher) agents.push(dispatcher);
      const res = await fetchImpl(verdict.url, { ...init, redirect: 'manual', signal, ...(dispatcher ? { dispatcher } : {}) } as RequestInit);
      if (res.status < 300 || res.status >= 400) return res;
      const location = res.headers.get('location');
      await res.body?.cancel().catch(() => undefined);
      if (!location) throw new AppError('transient', `redirect without location (HTTP ${res.status})`, failedMessage(name));
      current = new URL(location, verdict.url).href;
    }
    throw new AppError('transient', 'too many redirects', failedMessage(name));
  }

  async function readBounded(res: Response, name: string): Promise<Uint8Array> {
    const declared = Number(res.headers.get('content-length') ?? '0');
    if (declared > policy.maxBytes) {
      await res.body?.cancel().catch(() => undefined);
      throw new AppError('limit', 'attachment too large (declared)', tooLargeMessage(name, policy.maxBytes));
    }
    if (!res.body) return new Uint8Array(0);
    const chunks: Uint8Array[] = [];
    let total = 0;
    const reader = res.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > policy.maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new AppError('limit', 'attachment too large', tooLargeMessage(name, policy.maxBytes));
      }
      chunks.push(value);
    }
    return Buffer.concat(chunks);
  }

  function closeAll(agents: Agent[]): void {
    for (const agent of agents) void agent.destroy().catch(() => undefined);
  }

  function translate(e: unknown, signal: AbortSignal, name: string): never {
    if (e instanceof AppError) throw e;
    if (signal.aborted) throw new AppError('transient', 'attachment transfer timed out', timeoutMessage(name), { cause: e });
    throw new AppError('transient', `attachment transfer failed: ${e instanceof Error ? e.message : String(e)}`, failedMessage(name), { cause: e });
  }

  return {
    checkUrl,
    async download(raw, name, options = {}) {
      const signal = AbortSignal.timeout(policy.timeoutMs);
      const agents: Agent[] = [];
      try {
        const res = await request(raw, { method: 'GET' }, name, options.extraOrigins ?? [], signal, refusedMessage(name), agents);
        if (!res.ok) {
          await res.body?.cancel().catch(() => undefined);
          throw new AppError('transient', `attachment download failed with HTTP ${res.status}`, failedMessage(name));
        }
        return await readBounded(res, name);
      } catch (e) {
        translate(e, signal, name);
      } finally {
        closeAll(agents);
      }
    },
    async upload(raw, name, body, headers, options = {}) {
      const signal = AbortSignal.timeout(policy.timeoutMs);
      const agents: Agent[] = [];
      try {
        const res = await request(raw, { method: 'PUT', headers, body }, name, options.extraOrigins ?? [], signal, uploadRefusedMessage(name), agents, 'upload');
        await res.body?.cancel().catch(() => undefined);
        if (!res.ok) throw new AppError('transient', `file upload failed with HTTP ${res.status}`, `Die Datei „${name}“ konnte nicht übertragen werden. Bitte versuchen Sie es erneut.`);
      } catch (e) {
        translate(e, signal, name);
      } finally {
        closeAll(agents);
      }
    },
  };
}
