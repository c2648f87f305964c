/**
 * An OParl server on 127.0.0.1 for tests and the bench: serves a data set of OParl objects
 * (System → Body → external lists) with paging via links.next, `modified_since` (deleted objects
 * are listed with `deleted: true`), single objects by their id, file downloads (a PDF is made from
 * the file's text when its mimeType says PDF), 429 with Retry-After and 5xx on demand, and records
 * every request (path, User-Agent, time). Objects are written with a placeholder origin
 * (`apiBase`), replaced by the emulator's own address when it starts; `web` pages stay as they are.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PDFDocument, StandardFonts } from 'pdf-lib';

export type OparlObject = Record<string, unknown> & { id: string; type: string };

export interface OparlEmulatorData {
  /** The origin + path prefix the objects' ids use, e.g. "https://ris.example/oparl/v1". */
  apiBase: string;
  system: OparlObject;
  bodies: OparlObject[];
  /** Every other object that has a list or is served by id (Paper, Meeting, AgendaItem, …). */
  objects: OparlObject[];
  /** Contents of files by their accessUrl/downloadUrl (placeholder origin). */
  files?: Record<string, { text: string; mimeType?: string }>;
  /** Extra raw responses by path (e.g. a list page with a malformed entry), served verbatim after origin replacement. */
  raw?: Record<string, unknown>;
}

export interface EmulatorRequest {
  path: string;
  userAgent?: string;
  at: number;
  status: number;
}

export interface OparlEmulator {
  /** URL of the System object. */
  systemUrl: string;
  base: string;
  requests: EmulatorRequest[];
  /** The next `count` requests answer 429 with this Retry-After (seconds). */
  throttle(count: number, retryAfterSeconds: number): void;
  /** The next `count` requests answer with this 5xx status. */
  fail(count: number, status?: number): void;
  /** Changes an object (merged), stamping `modified` (default now). */
  update(id: string, patch: Record<string, unknown>, modified?: string): void;
  /** Adds an object, stamping `modified`. */
  add(object: OparlObject, modified?: string): void;
  /** Deletes an object: it stays listed under modified_since with `deleted: true`. */
  remove(id: string, modified?: string): void;
  /** Sets the content served at a file URL (placeholder origin). */
  setFile(placeholderUrl: string, file: { text: string; mimeType?: string }): void;
  /** An id (with placeholder origin) as the emulator serves it. */
  url(placeholderUrl: string): string;
  close(): Promise<void>;
}

const LIST_TYPES: Record<string, string> = {
  organization: 'Organization',
  person: 'Person',
  meeting: 'Meeting',
  paper: 'Paper',
  agendaItem: 'AgendaItem',
  consultation: 'Consultation',
  file: 'File',
  membership: 'Membership',
  locationList: 'Location',
  legislativeTermList: 'LegislativeTerm',
};

const typeName = (o: { type: string }) => o.type.split('/').pop() as string;

export async function startOparlEmulator(data: OparlEmulatorData, options: { pageSize?: number } = {}): Promise<OparlEmulator> {
  const pageSize = options.pageSize ?? 20;
  const requests: EmulatorRequest[] = [];
  let throttled = 0;
  let retryAfter = 1;
  let failing = 0;
  let failStatus = 503;
  const byId = new Map<string, OparlObject>();
  const deleted = new Map<string, { id: string; type: string; deleted: true; modified: string }>();
  /** list URL → object type, for the lists of every body. */
  const lists = new Map<string, string>();
  const pdfCache = new Map<string, Uint8Array>();
  let base = '';
  const toLocal = (s: string) => s.split(data.apiBase).join(base);
  const rebase = <T>(value: T): T => JSON.parse(toLocal(JSON.stringify(value))) as T;

  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}${new URL(data.apiBase).pathname.replace(/\/$/, '')}`;
  const system = rebase(data.system);
  const bodies = data.bodies.map(rebase);
  for (const o of [system, ...bodies, ...data.objects.map(rebase)]) byId.set(o.id, o);
  lists.set(system.body as string, 'Body');
  for (const b of bodies) for (const [prop, type] of Object.entries(LIST_TYPES)) if (typeof b[prop] === 'string') lists.set(b[prop] as string, type);
  const files = new Map(Object.entries(data.files ?? {}).map(([u, f]) => [toLocal(u), f]));
  const raw = new Map(Object.entries(data.raw ?? {}).map(([p, v]) => [p, rebase(v)]));

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8', ...headers });
    res.end(text);
  };

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', base);
    const record = (status: number) => requests.push({ path: `${url.pathname}${url.search}`, userAgent: req.headers['user-agent'], at: Date.now(), status });
    if (throttled > 0) {
      throttled--;
      record(429);
      return send(res, 429, { error: 'Too Many Requests' }, { 'retry-after': String(retryAfter) });
    }
    if (failing > 0) {
      failing--;
      record(failStatus);
      return send(res, failStatus, { error: 'unavailable' });
    }
    const plain = `${url.origin}${url.pathname}`;
    const page = Math.max(1, Number(url.searchParams.get('page') ?? '1'));
    const since = url.searchParams.get('modified_since');
    record(200);
    if (raw.has(url.pathname)) return send(res, 200, raw.get(url.pathname));
    const listType = lists.get(plain);
    if (listType) {
      const live = [...byId.values()].filter((o) => typeName(o) === listType && (listType !== 'Body' || bodies.some((b) => b.id === o.id)));
      let all: unknown[] = live;
      if (since) {
        const t = Date.parse(since);
        all = [...live.filter((o) => Date.parse(String(o.modified ?? '')) >= t), ...[...deleted.values()].filter((d) => typeName(d) === listType && Date.parse(d.modified) >= t)];
      }
      const totalPages = Math.max(1, Math.ceil(all.length / pageSize));
      const pageUrl = (n: number) => {
        const u = new URL(plain);
        if (since) u.searchParams.set('modified_since', since);
        u.searchParams.set('page', String(n));
        return u.href;
      };
      return send(res, 200, {
        data: all.slice((page - 1) * pageSize, page * pageSize),
        pagination: { totalElements: all.length, elementsPerPage: pageSize, currentPage: page, totalPages },
        links: { first: pageUrl(1), last: pageUrl(totalPages), ...(page > 1 ? { prev: pageUrl(page - 1) } : {}), ...(page < totalPages ? { next: pageUrl(page + 1) } : {}) },
      });
    }
    const object = byId.get(plain);
    if (object) return send(res, 200, object);
    const gone = deleted.get(plain);
    if (gone) return send(res, 200, gone);
    const file = files.get(plain);
    if (file) {
      const pdf = /pdf/i.test(file.mimeType ?? '');
      const bytes = pdf ? await pdfOf(plain, file.text) : new TextEncoder().encode(file.text);
      res.writeHead(200, { 'content-type': file.mimeType ?? 'text/plain; charset=utf-8', 'content-length': String(bytes.byteLength) });
      return res.end(bytes);
    }
    requests[requests.length - 1].status = 404;
    return send(res, 404, { error: 'not found' });
  }

  async function pdfOf(key: string, text: string): Promise<Uint8Array> {
    const cached = pdfCache.get(key);
    if (cached) return cached;
    const bytes = await textPdf(text);
    pdfCache.set(key, bytes);
    return bytes;
  }

  const stamp = (modified?: string) => modified ?? new Date().toISOString();
  return {
    systemUrl: system.id,
    base,
    requests,
    throttle(count, seconds) {
      throttled = count;
      retryAfter = seconds;
    },
    fail(count, status = 503) {
      failing = count;
      failStatus = status;
    },
    update(id, patch, modified) {
      const local = toLocal(id);
      const o = byId.get(local);
      if (!o) throw new Error(`emulator: no object ${id}`);
      byId.set(local, { ...o, ...rebase(patch), modified: stamp(modified) });
    },
    add(object, modified) {
      const o = rebase(object);
      byId.set(o.id, { ...o, modified: stamp(modified) });
    },
    remove(id, modified) {
      const local = toLocal(id);
      const o = byId.get(local);
      if (!o) throw new Error(`emulator: no object ${id}`);
      byId.delete(local);
      deleted.set(local, { id: local, type: o.type, deleted: true, modified: stamp(modified) });
    },
    setFile(u, f) {
      files.set(toLocal(u), f);
      pdfCache.delete(toLocal(u));
    },
    url: toLocal,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A simple PDF of the text (A4, Helvetica, wrapped lines), so downloads go through the real PDF parser. */
export async function textPdf(text: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  // Helvetica's WinAnsi encoding: characters outside it are replaced.
  const safe = (s: string) => [...s].map((c) => { try { font.encodeText(c); return c; } catch { return '?'; } }).join('');
  const lines = text.replace(/\r\n?/g, '\n').split('\n').flatMap((l) => wrap(safe(l), 90));
  for (let i = 0; i < lines.length || i === 0; i += 48) {
    const page = pdf.addPage([595, 842]);
    lines.slice(i, i + 48).forEach((line, k) => page.drawText(line, { x: 50, y: 790 - k * 15, size: 10, font }));
  }
  return pdf.save();
}

function wrap(line: string, width: number): string[] {
  if (line.length <= width) return [line];
  const out: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current && current.length + word.length + 1 > width) {
      out.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) out.push(current);
  return out;
}
