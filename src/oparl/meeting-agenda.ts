/**
 * The agenda of a Niederschrift straight from the RIS: an OParl Meeting with its AgendaItems
 * (public/non-public as the RIS flags them), the Gremium's name and, per TOP, the reference of
 * the Vorlage it deals with (AgendaItem → Consultation → Paper). Missing references only leave
 * the Vorlage empty; a URL that is no OParl Meeting is a German error.
 */
import { AppError, isAppError } from '../core/errors.js';
import type { Agenda, AgendaItem } from '../minutes/types.js';
import { agendaItemsOf, agendaNumber } from './documents.js';
import type { OparlHttp } from './http-client.js';
import { agendaItemSchema, consultationSchema, describeZodError, meetingSchema, organizationSchema, paperSchema, type OparlAgendaItem } from './schemas.js';

export async function fetchMeetingAgenda(http: OparlHttp, url: string, signal?: AbortSignal): Promise<Agenda> {
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
  const organization = m.organization?.[0] ? await optional(async () => organizationSchema.parse(await http.getJson(m.organization![0], signal)).name) : undefined;
  const sorted = agendaItemsOf({ ...m, agendaItem: items });
  const agenda = await Promise.all(
    sorted.map(async (a, i): Promise<AgendaItem> => {
      // Nothing of a non-public TOP is fetched beyond its public title and flag.
      const paper = a.public !== false && a.consultation ? await optional(() => paperReference(http, a.consultation!, signal)) : undefined;
      return { number: agendaNumber(a, i), title: (a.name ?? '').trim(), public: a.public !== false, ...(paper ? { paper } : {}) };
    }),
  );
  const loc = m.location;
  const place = typeof loc === 'object' ? loc.description ?? [loc.room, loc.streetAddress].filter(Boolean).join(', ') : undefined;
  return { ...(m.name ? { title: m.name } : {}), ...(organization ? { organization } : {}), ...(m.start ? { start: m.start } : {}), ...(place ? { place } : {}), items: agenda };
}

async function paperReference(http: OparlHttp, consultationUrl: string, signal?: AbortSignal): Promise<string | undefined> {
  const c = consultationSchema.parse(await http.getJson(consultationUrl, signal));
  if (!c.paper) return undefined;
  return paperSchema.parse(await http.getJson(c.paper, signal)).reference?.trim();
}
