/**
 * Agenda readers: OParl 1.1 Meeting (file or URL), plain text ("TOP 3 …", "3. …", "Ö 3", "N 1",
 * a heading "Nichtöffentlicher Teil") and the calendar event body (HTML).
 */
import { convert } from 'html-to-text';
import { z } from 'zod';
import { AppError } from '../core/errors.js';
import { htmlDepthExceeds } from '../security/html-depth.js';
import type { Agenda, AgendaItem, AgendaMembership } from './types.js';

const PAPER = /\b(?:Vorlage|Drucksache|DS|Vorl\.)(?:[- ]?Nr\.?)?\s*:?\s*([A-Z]{0,4}[ /-]?\d{1,5}(?:[/-]\d{2,4})?(?:[/-][A-Z0-9]+)?)/;

const oparlItem = z
  .object({
    number: z.union([z.string(), z.number()]).optional(),
    order: z.number().optional(),
    name: z.string().optional(),
    public: z.boolean().optional(),
    consultation: z.unknown().optional(),
  })
  .passthrough();
const oparlMeeting = z
  .object({
    type: z.string().optional(),
    name: z.string().optional(),
    start: z.string().optional(),
    location: z.union([z.string(), z.object({ description: z.string().optional(), room: z.string().optional(), streetAddress: z.string().optional() }).passthrough()]).optional(),
    organization: z.unknown().optional(),
    /** Not in OParl 1.1 itself, but many RIS exports add the body's name. */
    organizationName: z.string().optional(),
    agendaItem: z.array(oparlItem),
  })
  .passthrough();

/** Reads an OParl Meeting object with embedded agenda items; `paperOf` resolves consultation URLs. */
export function parseOparlMeeting(json: unknown, paperOf: (consultationUrl: string) => string | undefined = () => undefined): Agenda {
  const parsed = oparlMeeting.safeParse(json);
  if (!parsed.success) {
    throw new AppError('invalidInput', 'not an OParl meeting', 'Die Tagesordnung ist kein OParl-Objekt vom Typ „Meeting“ mit Tagesordnungspunkten (agendaItem).');
  }
  const m = parsed.data;
  const items = [...m.agendaItem]
    .sort((a, b) => (a.order ?? 0) - (b.order ?? 0))
    .map((a, i): AgendaItem => {
      const title = (a.name ?? '').trim();
      const embedded = embeddedPaper(a.consultation);
      const paper = embedded?.reference ?? (typeof a.consultation === 'string' ? paperOf(a.consultation) : typeof embedded?.url === 'string' ? paperOf(embedded.url) : undefined) ?? PAPER.exec(title)?.[1];
      const isPublic = a.public !== false;
      return {
        number: String(a.number ?? i + 1).trim(),
        title,
        public: isPublic,
        ...(paper ? { paper } : {}),
        ...(embedded?.name && embedded.name !== title ? { paperName: embedded.name } : {}),
        ...(embedded?.resolution ? { resolution: embedded.resolution } : {}),
      };
    });
  const loc = m.location;
  const place = typeof loc === 'object' && loc ? loc.description ?? [loc.room, loc.streetAddress].filter(Boolean).join(', ') : undefined;
  const memberships = membershipsOf(m);
  return { title: m.name, start: m.start, place: place || undefined, ...(m.organizationName ? { organization: m.organizationName } : {}), items, ...(memberships.length ? { memberships } : {}) };
}

/** An OParl Paper embedded in the consultation (or a plain reference): reference, title, Beschlussvorschlag. */
function embeddedPaper(c: unknown): { reference?: string; name?: string; resolution?: string; url?: string } | undefined {
  const consultation = c && typeof c === 'object' ? (c as { paper?: unknown }) : undefined;
  const paper = consultation?.paper;
  if (typeof paper === 'string') return { url: paper };
  if (!paper || typeof paper !== 'object') return undefined;
  const o = paper as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const fileText = (f: unknown) => (f && typeof f === 'object' ? str((f as { text?: unknown }).text) : undefined);
  // Not an OParl field, but RIS exports and our OParl client carry it; else read it from the main file's text.
  const resolution = str(o.resolution) ?? str(o.beschlussvorschlag) ?? resolutionFromPaperText(fileText(o.mainFile) ?? '');
  return { reference: str(o.reference), name: str(o.name), resolution, url: str(o.id) };
}

const RESOLUTION_LABEL = String.raw`(?:beschlussvorschlag|beschlussentwurf|beschlussempfehlung|vorschlag\s+zur\s+beschlussfassung|antrag\s+zur\s+beschlussfassung|empfehlung)(?:\s+der\s+verwaltung)?`;
/**
 * The label of the proposal: on a line of its own ("Beschlussvorschlag:" / "Beschlussvorschlag"), or
 * followed on the same line by its text after a colon ("Beschlussvorschlag: Der Rat beschließt …",
 * as a PDF's text layer joins label and first line). Without a colon an inline word is prose, not a label.
 */
const RESOLUTION_HEAD = new RegExp(String.raw`^[ \t]*${RESOLUTION_LABEL}[ \t]*(?::[ \t]*|$)`, 'imu');
const NEXT_LABEL = String.raw`(?:begründung|sachverhalt|sachdarstellung|erläuterung(?:en)?|finanzielle\s+auswirkungen|haushaltsrechtliche\s+auswirkungen|auswirkungen|anlage(?:n)?|klimarelevanz|beratungsfolge|problem|lösung)`;
/**
 * The next section: its heading on a line of its own (up to 60 characters, "Finanzielle Auswirkungen
 * auf den Haushalt"), or a label with a colon at the start of a line or after a sentence's end on the
 * same line ("… erneuern zu lassen. Begründung: Die Turnhalle …").
 */
const NEXT_HEAD = new RegExp(String.raw`^[ \t]*${NEXT_LABEL}\b[^\n]{0,60}:?[ \t]*$|^[ \t]*${NEXT_LABEL}[^\n:]{0,40}:|(?<=[.!?])[ \t]+${NEXT_LABEL}[^\n:.]{0,40}:`, 'imu');

/** The Beschlussvorschlag section of a paper's text ("Beschlussvorschlag:" up to "Begründung:"); undefined when it has none. */
export function resolutionFromPaperText(text: string): string | undefined {
  const head = RESOLUTION_HEAD.exec(text);
  if (!head) return undefined;
  const rest = text.slice(head.index + head[0].length);
  const end = NEXT_HEAD.exec(rest);
  const body = (end ? rest.slice(0, end.index) : rest).replace(/[ \t]+/gu, ' ').replace(/ *\n */gu, '\n').replace(/\n{3,}/gu, '\n\n').trim();
  if (body.length < 10) return undefined;
  return body.length > 4000 ? `${body.slice(0, 4000).replace(/\s+\S*$/u, '')} …` : body;
}

/**
 * Memberships embedded in the meeting JSON: OParl Membership objects (person → name, onBehalfOf →
 * group, role, votingRight), at the top level ("membership") or in an embedded organization.
 */
function membershipsOf(m: Record<string, unknown>): AgendaMembership[] {
  const lists: unknown[] = [];
  if (Array.isArray(m.membership)) lists.push(...m.membership);
  for (const org of Array.isArray(m.organization) ? m.organization : []) if (org && typeof org === 'object' && Array.isArray((org as { membership?: unknown }).membership)) lists.push(...(org as { membership: unknown[] }).membership);
  const out: AgendaMembership[] = [];
  for (const raw of lists) {
    const parsed = oparlMembership.safeParse(raw);
    if (!parsed.success) continue;
    const x = parsed.data;
    const person = typeof x.person === 'object' ? x.person : undefined;
    const name = x.personName ?? person?.name ?? [person?.givenName, person?.familyName].filter(Boolean).join(' ');
    if (!name) continue;
    const group = typeof x.onBehalfOf === 'object' ? x.onBehalfOf.shortName ?? x.onBehalfOf.name : x.onBehalfOfName;
    const email = person?.email?.[0];
    out.push({ name, ...(group ? { group } : {}), ...(x.role ? { role: x.role } : {}), ...(x.votingRight !== undefined ? { votingRight: x.votingRight } : {}), ...(email ? { email } : {}) });
  }
  return out;
}

const oparlMembership = z
  .object({
    person: z.union([z.string(), z.object({ name: z.string().optional(), givenName: z.string().optional(), familyName: z.string().optional(), email: z.array(z.string()).optional() }).passthrough()]).optional(),
    /** Not OParl: exports that flatten the person. */
    personName: z.string().optional(),
    onBehalfOf: z.union([z.string(), z.object({ name: z.string().optional(), shortName: z.string().optional() }).passthrough()]).optional(),
    onBehalfOfName: z.string().optional(),
    role: z.string().optional(),
    votingRight: z.boolean().optional(),
    endDate: z.string().optional(),
  })
  .passthrough();

/** Fetches an OParl meeting by URL, resolving consultation → paper references (best effort). */
export async function fetchOparlMeeting(url: string, fetchImpl: typeof fetch = fetch, signal?: AbortSignal): Promise<Agenda> {
  const getJson = async (u: string): Promise<unknown> => {
    const res = await fetchImpl(u, { headers: { accept: 'application/json' }, signal });
    if (!res.ok) throw new AppError(res.status === 404 ? 'notFound' : 'transient', `OParl ${res.status} for ${u}`, `Der OParl-Server antwortet mit Status ${res.status} für ${u}.`);
    return res.json();
  };
  let meeting: unknown;
  try {
    meeting = await getJson(url);
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('transient', `OParl fetch failed: ${String(e)}`, `Die Sitzung konnte vom OParl-Server nicht geladen werden (${url}).`, { cause: e });
  }
  const refs = new Map<string, string>();
  const consultations = ((meeting as { agendaItem?: { consultation?: unknown }[] }).agendaItem ?? [])
    .map((a) => a.consultation)
    .filter((c): c is string => typeof c === 'string');
  await Promise.all(
    consultations.map(async (cu) => {
      try {
        const c = (await getJson(cu)) as { paper?: unknown };
        const paper = typeof c.paper === 'string' ? ((await getJson(c.paper)) as { reference?: string }) : (c.paper as { reference?: string } | undefined);
        if (paper?.reference) refs.set(cu, paper.reference);
      } catch {
        // A missing paper reference only leaves the Vorlage empty; the agenda itself is still usable.
      }
    }),
  );
  return parseOparlMeeting(meeting, (u) => refs.get(u));
}

/** Longest agenda read (characters); a real one is a few thousand, a calendar body with markup rarely 100,000. */
export const MAX_AGENDA_CHARS = 500_000;

/** Deepest HTML nesting read (an upper bound, see html-depth.ts); Outlook bodies are a few dozen levels deep. */
const MAX_AGENDA_DEPTH = 1000;

function checkAgendaSize(content: string): void {
  if (content.length > MAX_AGENDA_CHARS) {
    throw new AppError('limit', `agenda too long: ${content.length}`, `Die Tagesordnung ist zu lang (höchstens ${MAX_AGENDA_CHARS.toLocaleString('de-DE')} Zeichen) und wurde nicht gelesen.`);
  }
}

const ITEM_LINE = /^(?:(?:TOP|Tagesordnungspunkt|Punkt)\s*)?([ÖN]\s*)?(\d{1,3}(?:\.\d{1,2})*)\.?\)?\s+(?:[-–:]\s*)?(\S.*)$/i;

/** Reads a plain-text agenda; headings "Öffentlicher Teil"/"Nichtöffentlicher Teil" switch the flag. */
export function parseAgendaText(text: string): Agenda {
  checkAgendaSize(text);
  const items: AgendaItem[] = [];
  let isPublic = true;
  let title: string | undefined;
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    // List markers from HTML lists ("1. TOP 1 …", "• TOP 2 …") are not part of the item.
    const line = raw.replace(/\s+/g, ' ').trim().replace(/^(?:\d{1,2}\.|[-*•])\s+(?=(?:TOP|Tagesordnungspunkt|[ÖN]\s?\d)\b)/iu, '');
    if (!line) continue;
    if (/^(?:[A-Z]\.?\s*)?nicht\s?-?\s?öffentliche[rn]?\s+(?:Teil|Sitzung)\b/i.test(line)) {
      isPublic = false;
      continue;
    }
    if (/^(?:[A-Z]\.?\s*)?öffentliche[rn]?\s+(?:Teil|Sitzung)\b/i.test(line)) {
      isPublic = true;
      continue;
    }
    const m = ITEM_LINE.exec(line);
    if (m && !/^\d{1,2}\.\d{1,2}\.\d{2,4}/.test(line)) {
      const prefix = m[1]?.trim().toUpperCase();
      const itemPublic = prefix === 'N' ? false : prefix === 'Ö' ? true : isPublic;
      const itemTitle = m[3].trim();
      const paper = PAPER.exec(itemTitle)?.[1];
      items.push({ number: prefix ? `${prefix} ${m[2]}` : m[2], title: itemTitle, public: itemPublic, ...(paper ? { paper } : {}) });
      continue;
    }
    if (!title && !items.length && /Sitzung/i.test(line)) title = line.replace(/^Tagesordnung\s*(?:für|zur)?\s*(?:die)?\s*/i, '').trim();
  }
  const date = title ? /(\d{1,2})\.(\d{1,2})\.(\d{4})/.exec(title) : null;
  const start = date ? `${date[3]}-${date[2].padStart(2, '0')}-${date[1].padStart(2, '0')}` : undefined;
  return { ...(title ? { title } : {}), ...(start ? { start } : {}), items };
}

/** Reads the agenda from a calendar event body (HTML as Graph returns it). */
export function parseAgendaHtml(html: string): Agenda {
  checkAgendaSize(html);
  if (htmlDepthExceeds(html, MAX_AGENDA_DEPTH)) {
    throw new AppError('limit', 'agenda html nested too deeply', 'Die Tagesordnung ist zu tief verschachtelt und wurde nicht gelesen.');
  }
  return parseAgendaText(convert(html, { wordwrap: false, selectors: [{ selector: 'a', options: { ignoreHref: true } }, { selector: 'img', format: 'skip' }] }));
}

/** Parses agenda file contents: JSON (OParl) or text/HTML. */
export function parseAgenda(content: string): Agenda {
  checkAgendaSize(content);
  const trimmed = content.replace(/^\uFEFF/, '').trim();
  if (trimmed.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch (e) {
      throw new AppError('invalidInput', 'agenda json invalid', 'Die Tagesordnung (JSON) ist fehlerhaft und lässt sich nicht lesen.', { cause: e });
    }
    return parseOparlMeeting(json);
  }
  return /<(?:p|div|br|li|table|html|body)\b/i.test(trimmed) ? parseAgendaHtml(trimmed) : parseAgendaText(trimmed);
}
