/**
 * The agenda of a Niederschrift straight from the RIS: an OParl Meeting with its AgendaItems
 * (public/non-public as the RIS flags them), the Gremium's name, per TOP the reference and title
 * of the Vorlage it deals with (AgendaItem → Consultation → Paper), and the Gremium's memberships
 * (Organization → Membership → Person, onBehalfOf → Fraktion). Per public TOP also the
 * Beschlussvorschlag of its Vorlage (Paper.mainFile: the File's own `text`, else its download read
 * by the shared parsers), so an adopted decision's Beschlusstext comes from the Vorlage instead of
 * the placeholder. Missing parts stay empty (a problem is reported, the agenda still comes); a URL
 * that is no OParl Meeting is a German error. Field names follow the minutes' "agenda with papers
 * and memberships" (paperName, resolution, memberships: name, group, role, votingRight).
 */
import { AppError, isAppError } from '../core/errors.js';
import type { ParseDocument } from '../knowledge/parsers/types.js';
import { resolutionFromPaperText } from '../minutes/agenda.js';
import type { Agenda, AgendaItem } from '../minutes/types.js';
import { agendaItemsOf, agendaNumber } from './documents.js';
import type { OparlHttp } from './http-client.js';
import { agendaItemSchema, consultationSchema, describeZodError, fileSchema, meetingSchema, membershipSchema, organizationSchema, paperSchema, personSchema, type OparlAgendaItem, type OparlPaper } from './schemas.js';

/** A TOP with the title of its Vorlage. */
export interface RisAgendaItem extends AgendaItem {
  paperName?: string;
}

/** A membership of the Gremium, as the RIS names it. */
export interface RisMembership {
  name: string;
  group?: string;
  role?: string;
  votingRight?: boolean;
}

export interface RisAgenda extends Agenda {
  items: RisAgendaItem[];
  memberships?: RisMembership[];
  /** What could not be read (a Vorlage's file), in German; the agenda is complete without it. */
  problems?: string[];
}

export interface MeetingAgendaOptions {
  signal?: AbortSignal;
  /** Reads a Vorlage's downloaded main file (PDF, DOCX …); without it only a File's own `text` is used. */
  parse?: ParseDocument;
}

export async function fetchMeetingAgenda(http: OparlHttp, url: string, options: MeetingAgendaOptions = {}): Promise<RisAgenda> {
  const { signal } = options;
  const meeting = meetingSchema.safeParse(await http.getJson(url, signal));
  if (!meeting.success) {
    throw new AppError('invalidInput', `not an OParl meeting: ${url}`, `Die Adresse ${url} ist keine OParl-Sitzung (Meeting): ${describeZodError(meeting.error)}.`);
  }
  const m = meeting.data;
  const optional = async <T>(load: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await load();
    } catch (e) {
      if (signal?.aborted || !isAppError(e)) throw e;
      return undefined;
    }
  };
  const items: OparlAgendaItem[] = (
    await Promise.all((m.agendaItem ?? []).map((a) => (typeof a === 'string' ? optional(async () => agendaItemSchema.parse(await http.getJson(a, signal))) : a)))
  ).filter((a): a is OparlAgendaItem => !!a);
  const org = m.organization?.[0] ? await optional(async () => organizationSchema.parse(await http.getJson(m.organization![0], signal))) : undefined;
  const organization = org?.name;
  const memberships = org ? await membershipsOf(http, org.membership ?? [], signal, optional) : [];
  const sorted = agendaItemsOf({ ...m, agendaItem: items });
  const problems: string[] = [];
  const agenda = await Promise.all(
    sorted.map(async (a, i): Promise<RisAgendaItem> => {
      // Nothing of a non-public TOP is fetched beyond its public title and flag.
      const paper = a.public !== false && a.consultation ? await optional(() => paperOf(http, a.consultation!, signal)) : undefined;
      const resolution = paper ? await proposalOf(http, paper, options, problems) : undefined;
      const title = (a.name ?? '').trim();
      const reference = paper?.reference?.trim();
      const paperName = paper?.name?.trim();
      return {
        number: agendaNumber(a, i),
        title,
        public: a.public !== false,
        ...(reference ? { paper: reference } : {}),
        ...(paperName && paperName !== title ? { paperName } : {}),
        ...(resolution ? { resolution } : {}),
      };
    }),
  );
  const loc = m.location;
  const place = typeof loc === 'object' ? loc.description ?? [loc.room, loc.streetAddress].filter(Boolean).join(', ') : undefined;
  return {
    ...(m.name ? { title: m.name } : {}),
    ...(organization ? { organization } : {}),
    ...(m.start ? { start: m.start } : {}),
    ...(place ? { place } : {}),
    items: agenda,
    ...(memberships.length ? { memberships } : {}),
    ...(problems.length ? { problems } : {}),
  };
}

async function paperOf(http: OparlHttp, consultationUrl: string, signal?: AbortSignal): Promise<OparlPaper | undefined> {
  const c = consultationSchema.parse(await http.getJson(consultationUrl, signal));
  if (!c.paper) return undefined;
  return paperSchema.parse(await http.getJson(c.paper, signal));
}

/**
 * The Beschlussvorschlag of a Vorlage, from the text of its main file (the File's own `text`, else
 * the download through the parsers). Undefined when the Vorlage has none; an unreadable file is a
 * problem of the agenda, never a failed draft.
 */
async function proposalOf(http: OparlHttp, paper: OparlPaper, options: MeetingAgendaOptions, problems: string[]): Promise<string | undefined> {
  const ref = paper.mainFile;
  if (!ref) return undefined;
  const label = `Vorlage ${paper.reference?.trim() || paper.name?.trim() || paper.id}`;
  try {
    const file = typeof ref === 'string' ? fileSchema.parse(await http.getJson(ref, options.signal)) : ref;
    if (file.deleted) return undefined;
    let text = file.text?.trim();
    const url = file.accessUrl ?? file.downloadUrl;
    if (!text && url && options.parse) {
      const doc = await options.parse(await http.getBytes(url, options.signal), file.fileName ?? (/pdf/i.test(file.mimeType ?? '') ? 'vorlage.pdf' : 'vorlage.txt'));
      text = doc.blocks.map((b) => b.text).join('\n');
    }
    return text ? resolutionFromPaperText(text) : undefined;
  } catch (e) {
    if (options.signal?.aborted) throw e;
    problems.push(`${label}: Der Beschlussvorschlag konnte nicht gelesen werden (${isAppError(e) ? (e.userMessage ?? e.message) : (e as Error).message}).`);
    return undefined;
  }
}

/** Current memberships of the Gremium (ended ones left out), with the person's name and the Fraktion's short name. */
async function membershipsOf(http: OparlHttp, refs: (string | { id: string })[], signal: AbortSignal | undefined, optional: <T>(load: () => Promise<T>) => Promise<T | undefined>): Promise<RisMembership[]> {
  const today = new Date().toISOString().slice(0, 10);
  const groups = new Map<string, Promise<string | undefined>>();
  const groupName = (u: string) => {
    if (!groups.has(u)) groups.set(u, optional(async () => { const o = organizationSchema.parse(await http.getJson(u, signal)); return o.shortName ?? o.name; }));
    return groups.get(u) as Promise<string | undefined>;
  };
  const all = await Promise.all(
    refs.map((ref) =>
      optional(async (): Promise<RisMembership | undefined> => {
        const ms = membershipSchema.parse(typeof ref === 'string' ? await http.getJson(ref, signal) : ref);
        if (ms.deleted || (ms.endDate && ms.endDate.slice(0, 10) < today) || !ms.person) return undefined;
        const person = personSchema.parse(await http.getJson(ms.person, signal));
        const name = person.name?.trim() || [person.givenName, person.familyName].filter(Boolean).join(' ');
        if (!name) return undefined;
        const group = ms.onBehalfOf ? await groupName(ms.onBehalfOf) : undefined;
        return { name, ...(group ? { group } : {}), ...(ms.role ? { role: ms.role } : {}), ...(ms.votingRight !== undefined ? { votingRight: ms.votingRight } : {}) };
      }),
    ),
  );
  return all.filter((x): x is RisMembership => !!x);
}
