/**
 * The council information system (RIS) as an indexed source, through OParl 1.0/1.1:
 * System → Body → the lists of Organization, Meeting (with its AgendaItems) and Paper (with its
 * Consultations and Files), paged via `links.next`. `load` lists everything; `poll` asks every
 * list only for what changed since the checkpoint (`modified_since`) — in OParl 1.1 also the
 * AgendaItem, Consultation and File lists, whose changes re-read the Sitzung or Vorlage they
 * belong to. Deleted objects leave the index. A malformed object is skipped and reported; the
 * sync goes on. Files are read with the shared parsers (or from the File's own `text`).
 */
import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import type { z } from 'zod';
import { AppError, isAppError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { IndexedDocument, IndexedSource, ListingProblem, SourceChanges, SourceListing } from '../knowledge/index/indexed-source.js';
import { ParseSkip, type DocumentBlock, type ParseDocument, type PartProblem } from '../knowledge/parsers/types.js';
import { readCatalog, writeCatalog, type OparlCatalog } from './catalog.js';
import { agendaItemDocument, agendaItemsOf, meetingDocument, paperDocument, type FileText, type OparlLookup } from './documents.js';
import type { OparlHttp } from './http-client.js';
import {
  agendaItemSchema,
  bodySchema,
  consultationSchema,
  describeZodError,
  fileSchema,
  listPageSchema,
  meetingSchema,
  organizationSchema,
  paperSchema,
  parseTypeUrl,
  systemSchema,
  type OparlAgendaItem,
  type OparlBody,
  type OparlFile,
  type OparlMeeting,
  type OparlOrganization,
  type OparlPaper,
} from './schemas.js';

export interface OparlSourceOptions {
  http: OparlHttp;
  systemUrl: string;
  /** OPARL_BODY_ID: the body's id (URL), its last path segment or its shortName; default the first body. */
  bodyId?: string;
  parse: ParseDocument;
  /** Where the catalog (names of Gremien, dates of meetings) is kept next to the index. */
  dataDir: string;
  logger?: Logger;
  now?: () => number;
}

/** Objects changed in the last minute before a checkpoint are listed again (clock skew between RIS and server). */
const CHECKPOINT_OVERLAP_MS = 60_000;
const MAX_PAGES = 100_000;

export interface OparlIndexedSource extends IndexedSource {
  poll(since: string, signal?: AbortSignal): Promise<SourceChanges | undefined>;
}

export function createOparlIndexedSource(o: OparlSourceOptions): OparlIndexedSource {
  const now = o.now ?? Date.now;

  /** System → Body; a clear German error when the address is not OParl. */
  const discover = async (signal?: AbortSignal): Promise<{ body: OparlBody; version: '1.0' | '1.1' }> => {
    const raw = await o.http.getJson(o.systemUrl, signal);
    const system = systemSchema.safeParse(raw);
    if (!system.success) {
      throw new AppError('invalidInput', `not an OParl system: ${o.systemUrl}`, `Die Adresse ${o.systemUrl} ist keine OParl-Schnittstelle: ein System-Objekt (type …/System mit oparlVersion und body) fehlt (${describeZodError(system.error)}). Bitte OPARL_SYSTEM_URL prüfen.`);
    }
    const version = parseTypeUrl(system.data.type)?.version ?? '1.1';
    const bodies = await listAll(system.data.body, bodySchema, 'Body', undefined, signal);
    if (!bodies.objects.length) throw new AppError('notFound', 'no OParl body', `Das Ratsinformationssystem unter ${o.systemUrl} nennt keine Körperschaft (Body).${bodies.problems.length ? ` ${bodies.problems[0].message}` : ''}`);
    const wanted = o.bodyId?.trim();
    const body = wanted ? bodies.objects.find((b) => b.id === wanted || b.id.replace(/\/+$/, '').endsWith(`/${wanted}`) || b.shortName === wanted) : bodies.objects[0];
    if (!body) {
      throw new AppError('config', `OPARL_BODY_ID ${wanted} not found`, `OPARL_BODY_ID „${wanted}“ gibt es in diesem Ratsinformationssystem nicht; vorhanden: ${bodies.objects.map((b) => `${b.name} (${b.id})`).join(', ')}.`);
    }
    if (!wanted && bodies.objects.length > 1) o.logger?.warn({ bodies: bodies.objects.map((b) => b.id) }, 'OParl: several bodies, the first is indexed (set OPARL_BODY_ID)');
    return { body, version };
  };

  /** Every object of an external list, page by page; bad entries become problems, deleted ones ids. */
  const listAll = async <S extends z.ZodTypeAny>(url: string, schema: S, typeName: string, since?: string, signal?: AbortSignal): Promise<{ objects: z.infer<S>[]; deleted: string[]; problems: ListingProblem[] }> => {
    const objects: z.infer<S>[] = [];
    const deleted: string[] = [];
    const problems: ListingProblem[] = [];
    const first = new URL(url);
    if (since) first.searchParams.set('modified_since', since);
    let next: string | undefined = first.href;
    const seen = new Set<string>();
    for (let pages = 0; next && !seen.has(next) && pages < MAX_PAGES; pages++) {
      seen.add(next);
      const page = listPageSchema.safeParse(await o.http.getJson(next, signal));
      if (!page.success) {
        throw new AppError('invalidInput', `not an OParl list: ${next}`, `Die Adresse ${next} liefert keine OParl-Liste (${typeName}): ${describeZodError(page.error)}.`);
      }
      page.data.data.forEach((item, i) => {
        const rec = item as { id?: unknown; deleted?: unknown };
        if (rec && rec.deleted === true && typeof rec.id === 'string') {
          deleted.push(rec.id);
          return;
        }
        const parsed = schema.safeParse(item);
        if (parsed.success) objects.push(parsed.data);
        else {
          const key = typeof rec?.id === 'string' ? rec.id : `${next} [${i}]`;
          problems.push({ key, reason: 'invalid', message: `Kein gültiges OParl-Objekt (${typeName}), übersprungen: ${describeZodError(parsed.error)}` });
          o.logger?.warn({ key, type: typeName }, 'OParl: malformed object skipped');
        }
      });
      next = page.data.links?.next;
    }
    return { objects, deleted, problems };
  };

  const fetchObject = async <S extends z.ZodTypeAny>(url: string, schema: S, typeName: string, problems: ListingProblem[], signal?: AbortSignal): Promise<z.infer<S> | 'deleted' | undefined> => {
    try {
      const raw = (await o.http.getJson(url, signal)) as { deleted?: unknown };
      if (raw?.deleted === true) return 'deleted';
      const parsed = schema.safeParse(raw);
      if (parsed.success) return parsed.data;
      problems.push({ key: url, reason: 'invalid', message: `Kein gültiges OParl-Objekt (${typeName}), übersprungen: ${describeZodError(parsed.error)}` });
    } catch (e) {
      if (isAppError(e, 'notFound')) return 'deleted';
      if (signal?.aborted || !isAppError(e)) throw e;
      problems.push({ key: url, reason: 'unreadable', message: e.userMessage ?? e.message });
    }
    return undefined;
  };

  /** AgendaItems a 1.0 server only links are fetched, so every Meeting carries its TOPs. */
  const embedAgenda = async (meetings: OparlMeeting[], problems: ListingProblem[], signal?: AbortSignal) => {
    await Promise.all(
      meetings.map(async (m) => {
        if (!m.agendaItem?.some((a) => typeof a === 'string')) return;
        const items = await Promise.all(m.agendaItem.map(async (a) => (typeof a === 'string' ? fetchObject(a, agendaItemSchema, 'AgendaItem', problems, signal) : a)));
        m.agendaItem = items.filter((a): a is OparlAgendaItem => typeof a === 'object' && a !== null);
      }),
    );
  };

  const remember = (catalog: OparlCatalog, meetings: OparlMeeting[], papers: OparlPaper[]) => {
    for (const m of meetings) {
      const items = agendaItemsOf(m);
      const results = !!m.resultsProtocol || items.some((a) => a.public !== false && (!!a.result?.trim() || !!a.resolutionText?.trim() || !!a.resolutionFile));
      catalog.meetings[m.id] = { name: m.name, start: m.start, organization: m.organization, items: items.map((a) => a.id), ...(m.web ? { web: m.web } : {}), ...(m.cancelled ? { cancelled: true } : {}), ...(results ? { results } : {}) };
    }
    for (const p of papers) {
      for (const c of p.consultation ?? []) {
        const id = typeof c === 'string' ? c : c.id;
        catalog.consultations[id] = { paper: p.id, reference: p.reference, name: p.name };
      }
    }
  };

  const rememberOrganizations = (catalog: OparlCatalog, orgs: OparlOrganization[], deleted: string[]) => {
    const short = (catalog.organizationShortNames ??= {});
    for (const org of orgs) {
      catalog.organizations[org.id] = org.name ?? org.shortName ?? org.id;
      if (org.shortName?.trim() && org.name) short[org.id] = org.shortName.trim();
      else delete short[org.id];
    }
    for (const id of deleted) {
      delete catalog.organizations[id];
      delete short[id];
    }
  };

  const lookupOf = (catalog: OparlCatalog): OparlLookup => ({
    bodyName: catalog.body.name,
    organizationName: (u) => catalog.organizations[u],
    meeting: (u) => catalog.meetings[u],
    consultationPaper: (u) => catalog.consultations[u],
  });

  /** Text of one File: its own `text` when the RIS provides it, else the download read by the parsers. */
  const readFile = async (ref: string | OparlFile, role: FileText['role'], problems: PartProblem[], signal?: AbortSignal): Promise<FileText | undefined> => {
    const fileProblems: ListingProblem[] = [];
    const file = typeof ref === 'string' ? await fetchObject(ref, fileSchema, 'File', fileProblems, signal) : ref;
    if (!file || file === 'deleted' || file.deleted) {
      for (const p of fileProblems) problems.push({ part: `Datei ${p.key}`, reason: p.reason, message: p.message });
      return undefined;
    }
    const name = file.name?.trim() || file.fileName || 'Datei';
    const part = `Datei „${name}“`;
    if (file.text?.trim()) return { name, role, blocks: textBlocks(file.text) };
    const url = file.accessUrl ?? file.downloadUrl;
    if (!url) {
      problems.push({ part, reason: 'unreadable', message: 'Keine Download-Adresse (accessUrl) angegeben.' });
      return undefined;
    }
    try {
      const bytes = await o.http.getBytes(url, signal);
      const doc = await o.parse(bytes, file.fileName ?? fileNameFor(name, file.mimeType));
      return { name, role, blocks: doc.blocks };
    } catch (e) {
      if (signal?.aborted) throw e;
      const reason = e instanceof ParseSkip ? e.reason : isAppError(e, 'limit') ? 'too-large' : 'unreadable';
      problems.push({ part, reason, message: isAppError(e) ? (e.userMessage ?? e.message) : (e as Error).message });
      return undefined;
    }
  };

  const paperDoc = (paper: OparlPaper, catalog: OparlCatalog): IndexedDocument => ({
    key: paper.id,
    version: async () => ({ size: checksum(JSON.stringify(paperDocument(paper, lookupOf(catalog))) + fileMarks([paper.mainFile, ...(paper.auxiliaryFile ?? [])])), mtimeMs: Date.parse(paper.modified ?? '') || 0 }),
    read: async () => {
      const problems: PartProblem[] = [];
      const files = await readFiles(fileRefs([[paper.mainFile, 'main']], paper.auxiliaryFile), problems);
      return parsed(paperDocument(paper, lookupOf(catalog), files), problems);
    },
  });

  const fileRefs = (main: [string | OparlFile | undefined, FileText['role']][], aux: (string | OparlFile)[] = []): [string | OparlFile, FileText['role']][] =>
    [...main.filter((m): m is [string | OparlFile, FileText['role']] => !!m[0]), ...aux.map((f) => [f, 'auxiliary'] as [string | OparlFile, FileText['role']])];

  const readFiles = async (refs: [string | OparlFile, FileText['role']][], problems: PartProblem[]) =>
    (await Promise.all(refs.map(([f, role]) => readFile(f, role, problems)))).filter((f): f is FileText => !!f);

  /** The Sitzung and each TOP as documents; files of non-public TOPs are never fetched. */
  const meetingDocs = (meeting: OparlMeeting, catalog: OparlCatalog): IndexedDocument[] => {
    const meetingFiles = fileRefs([[meeting.invitation, 'auxiliary'], [meeting.resultsProtocol, 'auxiliary']], meeting.auxiliaryFile);
    const header: IndexedDocument = {
      key: meeting.id,
      version: async () => ({ size: checksum(JSON.stringify(meetingDocument(meeting, lookupOf(catalog))) + fileMarks(meetingFiles.map((f) => f[0]))), mtimeMs: Date.parse(meeting.modified ?? '') || 0 }),
      read: async () => {
        const problems: PartProblem[] = [];
        return parsed(meetingDocument(meeting, lookupOf(catalog), await readFiles(meetingFiles, problems)), problems);
      },
    };
    const items = agendaItemsOf(meeting).map((item, i): IndexedDocument => {
      const refs = item.public === false ? [] : fileRefs([[item.resolutionFile, 'resolution']], item.auxiliaryFile);
      return {
        key: item.id,
        version: async () => ({ size: checksum(JSON.stringify(agendaItemDocument(item, i, meeting, lookupOf(catalog))) + fileMarks(refs.map((f) => f[0]))), mtimeMs: Date.parse(item.modified ?? meeting.modified ?? '') || 0 }),
        read: async () => {
          const problems: PartProblem[] = [];
          return parsed(agendaItemDocument(item, i, meeting, lookupOf(catalog), await readFiles(refs, problems)), problems);
        },
      };
    });
    return [header, ...items];
  };

  const documentsOf = (meetings: OparlMeeting[], papers: OparlPaper[], catalog: OparlCatalog) => [...papers.map((p) => paperDoc(p, catalog)), ...meetings.flatMap((m) => meetingDocs(m, catalog))];

  return {
    id: 'oparl',
    async load(signal): Promise<SourceListing> {
      const started = now();
      const { body, version } = await discover(signal);
      const lists = { organization: body.organization, meeting: body.meeting, paper: body.paper, agendaItem: body.agendaItem, consultation: body.consultation, file: body.file };
      const catalog: OparlCatalog = { version: 1, systemUrl: o.systemUrl, body: { id: body.id, name: body.name, oparlVersion: version, lists }, organizations: {}, meetings: {}, consultations: {} };
      const orgs = await listAll(body.organization, organizationSchema, 'Organization', undefined, signal);
      rememberOrganizations(catalog, orgs.objects, []);
      const meetings = await listAll(body.meeting, meetingSchema, 'Meeting', undefined, signal);
      const papers = await listAll(body.paper, paperSchema, 'Paper', undefined, signal);
      const problems = [...orgs.problems, ...meetings.problems, ...papers.problems];
      await embedAgenda(meetings.objects, problems, signal);
      remember(catalog, meetings.objects, papers.objects);
      await resolveLinkedConsultations(papers.objects, catalog, problems, signal);
      await mkdir(o.dataDir, { recursive: true });
      await writeCatalog(o.dataDir, catalog);
      return { documents: documentsOf(meetings.objects, papers.objects, catalog), problems, checkpoint: new Date(started - CHECKPOINT_OVERLAP_MS).toISOString() };
    },

    async poll(since, signal): Promise<SourceChanges | undefined> {
      const started = now();
      const catalog = await readCatalog(o.dataDir, o.systemUrl);
      if (!catalog) return undefined;
      const { lists } = catalog.body;
      if (!lists.organization || !lists.meeting || !lists.paper) return undefined;
      const problems: ListingProblem[] = [];
      const orgs = await listAll(lists.organization, organizationSchema, 'Organization', since, signal);
      rememberOrganizations(catalog, orgs.objects, orgs.deleted);
      const meetings = await listAll(lists.meeting, meetingSchema, 'Meeting', since, signal);
      const papers = await listAll(lists.paper, paperSchema, 'Paper', since, signal);
      problems.push(...orgs.problems, ...meetings.problems, ...papers.problems);
      const meetingIds = new Set(meetings.objects.map((m) => m.id));
      const paperIds = new Set(papers.objects.map((p) => p.id));
      const refetchMeetings = new Set<string>();
      const refetchPapers = new Set<string>();
      // OParl 1.1 lists of the embedded objects: a changed TOP, Beratung or File re-reads its Sitzung or Vorlage.
      if (lists.agendaItem) {
        const items = await listAll(lists.agendaItem, agendaItemSchema, 'AgendaItem', since, signal);
        problems.push(...items.problems);
        for (const a of items.objects) if (a.meeting && !meetingIds.has(a.meeting)) refetchMeetings.add(a.meeting);
      }
      if (lists.consultation) {
        const cs = await listAll(lists.consultation, consultationSchema, 'Consultation', since, signal);
        problems.push(...cs.problems);
        for (const c of cs.objects) if (c.paper && !paperIds.has(c.paper)) refetchPapers.add(c.paper);
      }
      if (lists.file) {
        const files = await listAll(lists.file, fileSchema, 'File', since, signal);
        problems.push(...files.problems);
        for (const f of files.objects) {
          const rec = f as { paper?: unknown; meeting?: unknown };
          for (const p of Array.isArray(rec.paper) ? rec.paper : []) if (typeof p === 'string' && !paperIds.has(p)) refetchPapers.add(p);
          for (const m of Array.isArray(rec.meeting) ? rec.meeting : []) if (typeof m === 'string' && !meetingIds.has(m)) refetchMeetings.add(m);
        }
      }
      const deleted = [...meetings.deleted, ...papers.deleted];
      const more = await Promise.all([
        ...[...refetchMeetings].map(async (u) => ({ u, kind: 'Meeting' as const, obj: await fetchObject(u, meetingSchema, 'Meeting', problems, signal) })),
        ...[...refetchPapers].map(async (u) => ({ u, kind: 'Paper' as const, obj: await fetchObject(u, paperSchema, 'Paper', problems, signal) })),
      ]);
      for (const { u, kind, obj } of more) {
        if (obj === 'deleted') deleted.push(u);
        else if (obj && kind === 'Meeting') meetings.objects.push(obj as OparlMeeting);
        else if (obj) papers.objects.push(obj as OparlPaper);
      }
      await embedAgenda(meetings.objects, problems, signal);
      // TOPs of a deleted meeting, and TOPs a changed meeting no longer has, leave the index too.
      for (const id of [...deleted]) deleted.push(...(catalog.meetings[id]?.items ?? []));
      for (const m of meetings.objects) {
        const now = new Set(agendaItemsOf(m).map((a) => a.id));
        deleted.push(...(catalog.meetings[m.id]?.items ?? []).filter((id) => !now.has(id)));
      }
      remember(catalog, meetings.objects, papers.objects);
      for (const id of deleted) delete catalog.meetings[id];
      await resolveLinkedConsultations(papers.objects, catalog, problems, signal);
      await writeCatalog(o.dataDir, catalog);
      return { changed: documentsOf(meetings.objects, papers.objects, catalog), deleted, problems, checkpoint: new Date(started - CHECKPOINT_OVERLAP_MS).toISOString() };
    },
  };

  /** Consultations a server only links from the Vorlage are fetched, so the Beratungsfolge can be shown. */
  async function resolveLinkedConsultations(papers: OparlPaper[], catalog: OparlCatalog, problems: ListingProblem[], signal?: AbortSignal) {
    await Promise.all(
      papers.map(async (p) => {
        if (!p.consultation?.some((c) => typeof c === 'string')) return;
        const resolved = await Promise.all(p.consultation.map(async (c) => (typeof c === 'string' ? fetchObject(c, consultationSchema, 'Consultation', problems, signal) : c)));
        p.consultation = resolved.filter((c): c is Exclude<typeof c, 'deleted' | undefined> => typeof c === 'object' && c !== null);
        for (const c of p.consultation) if (typeof c === 'object') catalog.consultations[c.id] = { paper: p.id, reference: p.reference, name: p.name };
      }),
    );
  }
}

function parsed(doc: ReturnType<typeof paperDocument>, problems: PartProblem[]) {
  const full = problems.length ? { ...doc, problems } : doc;
  return { kind: 'parsed' as const, doc: full, hash: createHash('sha256').update(JSON.stringify(full)).digest('hex') };
}

/** Paragraphs of a File's plain `text`. */
function textBlocks(text: string): DocumentBlock[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((p) => ({ kind: 'paragraph', text: p }));
}

/** The change markers of the files a document reads (id, modified, size), so a new file version re-reads it. */
function fileMarks(files: (string | OparlFile | undefined)[]): string {
  return files.map((f) => (typeof f === 'string' ? f : f ? `${f.id}|${f.modified ?? ''}|${f.size ?? ''}` : '')).join(';');
}

const EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'text/plain': 'txt',
  'text/html': 'html',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/rtf': 'rtf',
};

function fileNameFor(name: string, mimeType: string | undefined): string {
  const ext = mimeType ? EXTENSIONS[mimeType.split(';')[0].trim().toLowerCase()] : undefined;
  return ext && !name.toLowerCase().endsWith(`.${ext}`) ? `${name}.${ext}` : name;
}

/** FNV-1a, 32 bit: a cheap change marker of an object's indexed form (stands in for a file's size). */
function checksum(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
