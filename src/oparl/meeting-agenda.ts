/**
 * The agenda of a Niederschrift straight from the RIS: an OParl Meeting with its AgendaItems
 * (public/non-public as the RIS flags them), the Gremium's name, per TOP the reference and title
 * of the Vorlage it deals with (AgendaItem → Consultation → Paper), and the Gremium's memberships
 * (Organization → Membership → Person, onBehalfOf → Fraktion). Missing parts stay empty; a URL
 * that is no OParl Meeting is a German error. Field names follow the minutes' "agenda with papers
 * and memberships" (paperName, memberships: name, group, role, votingRight).
 */
import { AppError, isAppError } from '../core/errors.js';
import type { Agenda, AgendaItem } from '../minutes/types.js';
import { agendaItemsOf, agendaNumber } from './documents.js';
import type { OparlHttp } from './http-client.js';
import { agendaItemSchema, consultationSchema, describeZodError, meetingSchema, membershipSchema, organizationSchema, paperSchema, personSchema, type OparlAgendaItem } from './schemas.js';

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
}

export async function fetchMeetingAgenda(http: OparlHttp, url: string, signal?: AbortSignal): Promise<RisAgenda> {
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
  const agenda = await Promise.all(
    sorted.map(async (a, i): Promise<RisAgendaItem> => {
      // Nothing of a non-public TOP is fetched beyond its public title and flag.
      const paper = a.public !== false && a.consultation ? await optional(() => paperOf(http, a.consultation!, signal)) : undefined;
      const title = (a.name ?? '').trim();
      return { number: agendaNumber(a, i), title, public: a.public !== false, ...(paper?.reference ? { paper: paper.reference } : {}), ...(paper?.name && paper.name !== title ? { paperName: paper.name } : {}) };
    }),
  );
  const loc = m.location;
  const place = typeof loc === 'object' ? loc.description ?? [loc.room, loc.streetAddress].filter(Boolean).join(', ') : undefined;
  return { ...(m.name ? { title: m.name } : {}), ...(organization ? { organization } : {}), ...(m.start ? { start: m.start } : {}), ...(place ? { place } : {}), items: agenda, ...(memberships.length ? { memberships } : {}) };
}

async function paperOf(http: OparlHttp, consultationUrl: string, signal?: AbortSignal): Promise<{ reference?: string; name?: string } | undefined> {
  const c = consultationSchema.parse(await http.getJson(consultationUrl, signal));
  if (!c.paper) return undefined;
  const p = paperSchema.parse(await http.getJson(c.paper, signal));
  return { reference: p.reference?.trim(), name: p.name?.trim() };
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
