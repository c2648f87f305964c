/**
 * What a council question says about the RIS's structure, read against the synced catalog: which
 * Gremium it names (by name, short name, the usual ways of writing it: "Bauausschuss", "BV
 * Kirchheide", "JHA", "im Rat"), which meeting day ("am 12.03.2026", "vom 21.4.26", "am 3. Dezember
 * 2026"), and so whether the meeting it asks about exists, was held, or whether it asks for the
 * content of the non-public part. Pure: the facts come in as a `CouncilCalendar`.
 */
import type { OparlCatalog } from './catalog.js';

export interface CouncilBody {
  id: string;
  name: string;
  /** Lower-case ways of writing the Gremium in a question. */
  aliases: string[];
}

export interface CouncilMeeting {
  id: string;
  web?: string;
  /** YYYY-MM-DD of the start. */
  date: string;
  organizations: string[];
  cancelled?: boolean;
  /** Some result of the meeting is in the RIS. */
  results?: boolean;
}

export interface CouncilCalendar {
  bodies: CouncilBody[];
  meetings: CouncilMeeting[];
}

/**
 * - `meeting`: the question names a meeting day (and maybe a Gremium) on which the RIS has meetings;
 * - `no-meeting`: on that day the named Gremium (or any Gremium) did not meet;
 * - `unknown-body`: it names a Gremium the RIS does not have;
 * - `none`: no meeting day named (a question by reference or topic).
 */
export type CouncilReading =
  | { kind: 'none' }
  | { kind: 'meeting'; date: string; meetings: CouncilMeeting[] }
  | { kind: 'no-meeting'; date: string; bodies: CouncilBody[] }
  | { kind: 'unknown-body'; date: string; mention: string };

const MONTHS = ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'];
const MONTH_NAMES = `${MONTHS.join('|')}|maerz|jan|feb|mär|apr|jun|jul|aug|sep|sept|okt|nov|dez`;

/** "Ausschuss für Verwaltung, Wirtschaft und Digitalisierung" → "verwaltungsausschuss", "ausschuss für verwaltung", … */
function committeeForms(topic: string): string[] {
  const w = topic.toLowerCase();
  const stems = new Set([w, w.replace(/(?:en|n|e)$/u, '')]);
  const out: string[] = [`ausschuss für ${w}`];
  for (const s of stems) if (s.length >= 3) out.push(`${s}ausschuss`, `${s}sausschuss`);
  return out;
}

const norm = (text: string) =>
  text
    .toLowerCase()
    .replace(/[‐-―-]/gu, ' ')
    .replace(/[^\p{L}\p{N}.\s]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();

/** The ways staff write a Gremium's name. */
export function bodyAliases(name: string, shortName?: string): string[] {
  const out = new Set<string>();
  for (const n of [name, shortName]) if (n?.trim()) out.add(norm(n));
  const n = norm(name);
  if (/^(?:rat|stadtrat|gemeinderat)(?:\s|$)/u.test(n)) ['rat', 'stadtrat', 'gemeinderat', 'ratssitzung', 'stadtratssitzung'].forEach((a) => out.add(a));
  const district = /^bezirksvertretung\s+(.+)$/u.exec(n);
  if (district) ['bv', 'bezirksvertretung', 'bezirksausschuss'].forEach((p) => out.add(`${p} ${district[1]}`));
  for (const t of listedTopics(name)) for (const f of committeeForms(t)) out.add(f);
  return [...out];
}

/** The calendar of the RIS from the synced catalog. */
export function calendarFromCatalog(catalog: OparlCatalog): CouncilCalendar {
  const bodies = Object.entries(catalog.organizations).map(([id, name]) => ({ id, name, aliases: bodyAliases(name, catalog.organizationShortNames?.[id]) }));
  const meetings = Object.entries(catalog.meetings).flatMap(([id, m]): CouncilMeeting[] => {
    const date = /^\d{4}-\d{2}-\d{2}/.exec(m.start ?? '')?.[0];
    return date ? [{ id, ...(m.web ? { web: m.web } : {}), date, organizations: m.organization ?? [], ...(m.cancelled ? { cancelled: true } : {}), ...(m.results ? { results: true } : {}) }] : [];
  });
  return { bodies, meetings };
}

const pad = (n: number) => String(n).padStart(2, '0');
const year = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

/**
 * Dates the question names as a meeting day: preceded by "am"/"vom", or after "Sitzung". A date
 * after "ab", "bis", "zum" is a deadline or a coming-into-force, not a meeting.
 */
export function meetingDaysIn(question: string): string[] {
  const out: string[] = [];
  const push = (index: number, iso: string) => {
    const before = question.slice(Math.max(0, index - 40), index).toLowerCase();
    if (/(?:\b(?:am|vom)\s*(?:\p{L}+,?\s*)?$)|sitzung[^.?!]{0,30}$/u.test(before) && !/\b(?:ab|bis|zum|seit|nach|vor)\s*$/u.test(before)) out.push(iso);
  };
  const numeric = /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})(?![\d])/gu;
  for (const m of question.matchAll(numeric)) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), year(m[3])];
    if (d >= 1 && d <= 31 && mo >= 1 && mo <= 12) push(m.index!, `${y}-${pad(mo)}-${pad(d)}`);
  }
  const named = new RegExp(`(?<![\\d.])(\\d{1,2})\\.?\\s*(${MONTH_NAMES})\\.?\\s+(\\d{4})`, 'giu');
  for (const m of question.matchAll(named)) {
    const name = m[2].toLowerCase().replace('maerz', 'märz');
    const mo = MONTHS.findIndex((x) => x.startsWith(name.slice(0, 3))) + 1;
    if (mo > 0) push(m.index!, `${m[3]}-${pad(mo)}-${pad(Number(m[1]))}`);
  }
  for (const m of question.matchAll(/(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/gu)) push(m.index!, `${m[1]}-${m[2]}-${m[3]}`);
  return [...new Set(out)];
}

/** Words that name some Gremium, whether or not the RIS has it. */
const BODY_MENTION = /\b(?:\p{L}*ausschuss|rat|stadtrat|gemeinderat|\p{L}*ratssitzung|bezirksvertretung\s+\p{L}+|bv\s+\p{L}+|\p{L}*beirat|\p{L}*kommission)\b/u;

/** A question's words with the inflections of Gremium names taken off ("des Bauausschusses" → "bauausschuss"). */
function questionText(question: string): string {
  return ` ${norm(question)
    .replace(/ausschüsse[n]?\b/gu, 'ausschuss')
    .replace(/ausschusses\b/gu, 'ausschuss')
    .replace(/\b(rat)(?:e?s)\b/gu, '$1')
    .replace(/\bbezirksvertretungen\b/gu, 'bezirksvertretung')} `;
}

/** "JHA", "HFA": initials of a Gremium's name parts, ending with the head word (Ausschuss, Rat, Vertretung …). */
function matchesAcronym(acronym: string, body: CouncilBody): boolean {
  const name = body.name.toLowerCase().replace(/[^\p{L}]/gu, '');
  const a = acronym.toLowerCase();
  const head = /(ausschuss|rat|vertretung|beirat|kommission)$/u.exec(name);
  if (!head || a[0] !== name[0] || a[a.length - 1] !== head[1][0]) return false;
  let at = 1;
  for (const ch of a.slice(1, -1)) {
    at = name.indexOf(ch, at);
    if (at < 0 || at >= head.index) return false;
    at++;
  }
  return true;
}

/** The Gremien the question names: by alias, else by acronym. Undefined when it names none. */
export function bodiesIn(question: string, calendar: CouncilCalendar): { bodies: CouncilBody[]; mention?: string } | undefined {
  const text = questionText(question);
  const byAlias = calendar.bodies.filter((b) => b.aliases.some((a) => text.includes(` ${a} `)));
  // The most specific names win: "Bezirksvertretung Kirchheide" over a bare "Ausschuss".
  const longest = Math.max(0, ...byAlias.flatMap((b) => b.aliases.filter((a) => text.includes(` ${a} `)).map((a) => a.length)));
  const named = byAlias.filter((b) => b.aliases.some((a) => a.length === longest && text.includes(` ${a} `)));
  const acronyms = [...question.matchAll(/\b([A-ZÄÖÜ]{2,5})\b/gu)].map((m) => m[1]);
  const byAcronym = calendar.bodies.filter((b) => acronyms.some((a) => matchesAcronym(a, b)));
  const bodies = [...new Set([...named, ...byAcronym])];
  if (bodies.length) return { bodies };
  // "Klimaausschuss", "Ausschuss für Schule": the topic of a committee, by the start of its words.
  const topics = [...text.matchAll(/\b(\p{L}{3,})ausschuss\b|\bausschuss für (\p{L}{3,})/gu)].map((m) => (m[1] ?? m[2]).replace(/s$/u, ''));
  const byTopic = topics.length ? calendar.bodies.filter((b) => committeeTopics(b.name).some((t) => topics.some((q) => sharesStart(q, t)))) : [];
  if (byTopic.length) return { bodies: byTopic };
  const generic = /\b(?:ausschuss|gremium|gremien)\b/u.exec(text);
  if (generic) return { bodies: calendar.bodies.filter((b) => /ausschuss/u.test(b.name.toLowerCase())) };
  const mention = BODY_MENTION.exec(text);
  return mention ? { bodies: [], mention: mention[0] } : undefined;
}

/** Topic words of a committee's name: "Schulausschuss" → schul; "Ausschuss für Umwelt und Klimaschutz" → umwelt, klimaschutz. */
function committeeTopics(name: string): string[] {
  const n = norm(name);
  const compound = /^(\p{L}{3,}?)s?ausschuss$/u.exec(n.split(' ')[0] ?? '');
  return [...(compound ? [compound[1]] : []), ...listedTopics(name)].filter((t) => t.length >= 3);
}

/** "Ausschuss für Verwaltung, Wirtschaft und Digitalisierung" → verwaltung, wirtschaft, digitalisierung (the last word of each). */
function listedTopics(name: string): string[] {
  const list = /^\s*ausschuss für (.+)$/iu.exec(name)?.[1] ?? '';
  return list
    .split(/,|\bund\b|\bsowie\b/iu)
    .map((t) => norm(t).split(' ').pop() ?? '')
    .filter(Boolean);
}

/** Two words start alike: all of the shorter one, up to five letters ("bau"/"bauen", "klima"/"klimaschutz"). */
function sharesStart(a: string, b: string): boolean {
  const k = Math.min(5, a.length, b.length);
  return k >= 3 && a.slice(0, k) === b.slice(0, k);
}

/** What the question says about meetings of the RIS: see `CouncilReading`. */
export function readCouncilQuestion(question: string, calendar: CouncilCalendar): CouncilReading {
  const days = meetingDaysIn(question);
  if (!days.length) return { kind: 'none' };
  const named = bodiesIn(question, calendar);
  const date = days[0];
  if (named && !named.bodies.length) return { kind: 'unknown-body', date, mention: named.mention ?? '' };
  const ids = named ? new Set(named.bodies.map((b) => b.id)) : undefined;
  const meetings = calendar.meetings.filter((m) => days.includes(m.date) && (!ids || m.organizations.some((o) => ids.has(o))));
  if (!meetings.length) return { kind: 'no-meeting', date, bodies: named?.bodies ?? [] };
  return { kind: 'meeting', date, meetings };
}

/** The question asks what came out of a meeting (a decision, a vote), not what was on its agenda. */
export function asksForResult(question: string): boolean {
  return /\b(?:beschlossen|beschluss|beschlüsse|entschieden|entscheidung|abgestimmt|abstimmung|ergebnis|zugestimmt|abgelehnt|angenommen|verabschiedet|vertagt|ausgegangen|durchgekommen)\b/iu.test(question);
}

/** The question asks what was (or is) on a meeting's agenda: the public titles answer it. */
export function asksAgenda(question: string): boolean {
  return /\b(?:welche|wie viele|wieviele)\s+(?:tops?|tagesordnungspunkte|punkte|themen)\b|\btagesordnung\b|\bwas\s+(?:stand|steht|stehen|standen)\b/iu.test(question);
}

/** The question names the non-public part and asks for what happened there, not for its list of titles. */
export function asksNonPublicContent(question: string): boolean {
  return /nicht[\s-]?öffentlich|nichtoeffentlich|nö-teil|unter ausschluss der öffentlichkeit/iu.test(question) && !asksAgenda(question);
}
