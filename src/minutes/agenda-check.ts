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
}

const words = (s: string) => new Set((s.toLowerCase().match(/[\p{L}]{4,}/gu) ?? []).filter((w) => !['sitzung', 'ausschuss', 'ausschusses', 'der', 'des', 'und', 'für', 'stadt', 'gemeinde'].includes(w)));

export function checkAgenda(agenda: Agenda, ctx: { date?: string | null; spokenBody?: string | null; titleChecks: { number: string; agree: boolean }[] }): AgendaCheck {
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
  return { consistent: reasons.length === 0, reasons };
}
