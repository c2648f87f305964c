/**
 * Does the agenda belong to this session? Compares the agenda's date with the date the session is
 * known to have (attendance report, calendar), its body with the committee named at the opening,
 * and its item titles with the titles the chair reads out. An agenda of another meeting is not
 * mapped onto the transcript: the draft then follows the calls in the transcript and says why.
 */
import type { Agenda } from './types.js';

export interface AgendaCheck {
  consistent: boolean;
  /** German, for the clerk. */
  reasons: string[];
  /** Few of the agenda's titles are heard in the transcript (the items' assignment is then in doubt). */
  titlesUnheard?: boolean;
}

const words = (s: string) => new Set((s.toLowerCase().match(/[\p{L}]{4,}/gu) ?? []).filter((w) => !['sitzung', 'ausschuss', 'ausschusses', 'der', 'des', 'und', 'für', 'stadt', 'gemeinde'].includes(w)));

/** Words every agenda has (procedure, kinds of paper): they say nothing about which meeting it belongs to. */
const GENERIC = new Set(['antrag', 'anträge', 'fraktion', 'beschlussempfehlung', 'bericht', 'vorlage', 'drucks', 'sowie', 'gesetz', 'gesetzentwurf', 'änderung', 'ausschuss', 'ausschusses', 'dringlicher', 'zweite', 'dritte', 'lesung', 'beschluss', 'beratung', 'stadt', 'gemeinde', 'mitteilungen', 'anfragen', 'verschiedenes', 'eröffnung', 'feststellung', 'genehmigung', 'niederschrift', 'sitzung', 'tagesordnung', 'öffentlichen', 'nichtöffentlichen', 'ordnungsgemäßen', 'ladung', 'beschlussfähigkeit', 'einwohnerfragestunde', 'bekanntgaben', 'informationen', 'bürgermeisters', 'bürgermeisterin', 'verwaltung']);
/** Below this share of checkable titles heard, the agenda is taken to be of another meeting. */
export const TITLES_HEARD_MIN_SHARE = 0.35;
/** A transcript shorter than this (words) may speak item numbers only: the titles are not checked. */
export const TITLES_HEARD_MIN_WORDS = 300;

/**
 * How many of the agenda's item titles are heard anywhere in the transcript. An item is checkable when its
 * title has at least two informative words (five letters or more, not a word every agenda has); it is heard
 * when two of them (the stem, fuzzily) occur in the transcript.
 */
export function titlesHeard(agenda: Agenda, transcriptText: string): { checkable: number; heard: number } {
  const text = transcriptText.toLowerCase();
  let checkable = 0;
  let heard = 0;
  for (const item of agenda.items) {
    const informative = [...new Set((item.title.toLowerCase().match(/\p{L}{5,}/gu) ?? []).filter((w) => !GENERIC.has(w)))];
    if (informative.length < 2) continue;
    checkable++;
    if (informative.filter((w) => text.includes(w.slice(0, Math.max(5, w.length - 2)))).length >= 2) heard++;
  }
  return { checkable, heard };
}

export function checkAgenda(agenda: Agenda, ctx: { date?: string | null; spokenBody?: string | null; titleChecks: { number: string; agree: boolean }[]; transcriptText?: string }): AgendaCheck {
  const reasons: string[] = [];
  const agendaDate = agenda.start?.slice(0, 10);
  if (agendaDate && ctx.date && agendaDate !== ctx.date) reasons.push(`Die Tagesordnung ist für den ${agendaDate}, die Sitzung fand am ${ctx.date} statt.`);
  const body = [agenda.organization, agenda.title].filter(Boolean).join(' ');
  if (ctx.spokenBody && body) {
    const spoken = words(ctx.spokenBody);
    const printed = words(body);
    if (spoken.size >= 1 && printed.size >= 1 && ![...spoken].some((w) => printed.has(w) || [...printed].some((p) => p.slice(0, 6) === w.slice(0, 6)))) {
      reasons.push(`Die Tagesordnung gehört zu „${body}“, eröffnet wurde die Sitzung „${ctx.spokenBody}“.`);
    }
  }
  const checked = ctx.titleChecks.length;
  const disagree = ctx.titleChecks.filter((c) => !c.agree).length;
  if (checked >= 2 && disagree / checked >= 0.5) reasons.push(`Die im Transkript genannten Titel passen bei ${disagree} von ${checked} aufgerufenen Punkten nicht zur Tagesordnung.`);
  // Titles heard: a transcript long enough to speak its matters (not a short one of item numbers only) that
  // names few of the agenda's titles anywhere is of another meeting, whatever its calls' numbers say.
  let titlesUnheard = false;
  const text = ctx.transcriptText ?? '';
  if (text.split(/\s+/u).length >= TITLES_HEARD_MIN_WORDS) {
    const { checkable, heard } = titlesHeard(agenda, text);
    if (checkable >= 3 && heard / checkable < TITLES_HEARD_MIN_SHARE) {
      titlesUnheard = true;
      reasons.push(`Von ${checkable} Tagesordnungspunkten mit aussagekräftigem Titel ${heard === 1 ? 'wird nur einer' : heard ? `werden nur ${heard}` : 'wird keiner'} im Transkript erwähnt – die Tagesordnung gehört vermutlich zu einer anderen Sitzung.`);
    }
  }
  return { consistent: reasons.length === 0, reasons, titlesUnheard };
}
