/**
 * Session procedure from the chair's standard phrases: opening and closing times, interruptions,
 * chair and clerk, the committee's name and session number, Befangenheit (§ 31 GO NRW) and
 * statements given "zu Protokoll". Pure functions over cues.
 */
import { parseGermanNumber } from './number-words.js';
import { splitSentences } from './sentences.js';
import type { Cue } from './types.js';
import { ARTICLE_NAME, BIAS_AFTER_PERSON, BIAS_ANAPHOR, BIAS_DENIED, BIAS_FOR_ITEM, biasRecalledOrDenied, CHAIR_PHRASE, lawCitedBias, PERSON, PERSON_NAMED, SELF_BIAS, BIAS_UNNAMED, SESSION_CLOSE, SESSION_OPEN, SESSION_PAUSE, SESSION_RESUME } from './vocabulary.js';

export interface Procedure {
  chair: string | null;
  clerk: string | null;
  /** Clock times "HH:MM" as spoken. */
  opened: string | null;
  closed: string | null;
  /** Seconds offset of the opening cue (to map offsets to clock time). */
  openedAt: number | null;
  closedAt: number | null;
  interruptions: { at: number; spokenFrom: string | null; resumedAt: number | null; spokenTo: string | null }[];
  organization: string | null;
  sessionNumber: string | null;
  /** As spoken: "12. Sitzung des Ausschusses für Stadtentwicklung". */
  sessionTitle: string | null;
  /** Everyone who chaired part of the session (results are taken only from them). */
  chairs: Set<string>;
}

const TIME = /um\s+(\d{1,2})(?:[:.](\d{2})|\s+uhr\s+(\d{1,2}|[\p{L}]+))?\s*(?:uhr)?/iu;
const OPEN = SESSION_OPEN;
const CLOSE = SESSION_CLOSE;
const PAUSE = SESSION_PAUSE;
const RESUME = SESSION_RESUME;
const CLERK = new RegExp(String.raw`[Ss]chriftführ\w*\s+(?:übernimmt|hat|ist|führt|macht)\s+(?:heute\s+)?(?:wieder\s+)?${PERSON}|${PERSON}\s+(?:führt|übernimmt)\s+(?:heute\s+)?(?:wieder\s+)?(?:das\s+Protokoll|die\s+Schriftführung|die\s+Niederschrift)|(?:[Dd]as\s+Protokoll|[Dd]ie\s+Niederschrift)\s+führt\s+(?:heute\s+)?${PERSON}`, 'u');
const PROTOCOL = /zu\s+protokoll\s+(?:geben|gebe|nehmen|zu\s+nehmen|zu\s+geben)|(?:gebe|geben)\s+(?:ich\s+|wir\s+)?(?:hiermit\s+)?zu\s+protokoll|zu\s+protokoll:|(?:in\s+die|zur)\s+niederschrift\s+(?:aufnehmen|aufzunehmen)/iu;

/** "17:03", "17.03", "17 Uhr 3", "siebzehn Uhr drei", "halb sechs", "Viertel nach fünf" → "17:03" etc. */
export function spokenClock(s: string): string | null {
  const half = /um\s+(halb|viertel\s+(?:nach|vor))\s+(\d{1,2}|[\p{L}]+)/iu.exec(s);
  if (half) {
    const h0 = /^\d+$/u.test(half[2]) ? Number(half[2]) : parseGermanNumber(half[2]);
    if (h0 === undefined || h0 > 12 || h0 < 1) return null;
    // Council sessions run in the afternoon and evening: "halb sechs" is 17:30.
    const h = (half[1].toLowerCase() === 'halb' || /vor/iu.test(half[1]) ? h0 - 1 : h0) % 12;
    const hour = h < 8 ? h + 12 : h;
    const min = half[1].toLowerCase() === 'halb' ? 30 : /vor/iu.test(half[1]) ? 45 : 15;
    return `${String(hour).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
  }
  const m = TIME.exec(s);
  if (!m) return null;
  const h = Number(m[1]);
  const minRaw = m[2] ?? m[3];
  const min = minRaw === undefined ? 0 : /^\d+$/.test(minRaw) ? Number(minRaw) : parseGermanNumber(minRaw) ?? 0;
  if (h > 23 || min > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

/** "Es ist 17:03 Uhr, ich eröffne …": the time said in the words right before the opening or closing. */
function clockJustBefore(s: string): string | null {
  const m = /(?:es\s+ist\s+(?:jetzt\s+|genau\s+|nun\s+|gerade\s+)?|^\s*|um\s+)(\d{1,2}[:.]\d{2}\s+uhr|\d{1,2}\s+uhr(?:\s+\d{1,2})?)[\s,.;:–-]*(?:(?:und|meine\s+damen\s+und\s+herren)[\s,]*)?(?:ich\s+)?$/iu.exec(s);
  return m ? spokenClock(`um ${m[1]}`) : null;
}

/** Genitive committee name from "die 12. Sitzung des Ausschusses für Stadtentwicklung" → nominative. */
function nominative(genitive: string): string {
  const words = genitive.replace(/^(?:des|der)\s+/iu, '').split(/\s+/);
  const idx = words.findIndex((w) => /(?:usses|ates|gremiums|beirates|beirats|tages|tags)$/u.test(w));
  if (idx >= 0) {
    words[idx] = words[idx].replace(/usses$/u, 'uss').replace(/rates$/u, 'rat').replace(/ates$/u, 'at').replace(/beirats$/u, 'beirat').replace(/gremiums$/u, 'gremium').replace(/tag(?:e)?s$/u, 'tag');
    // "des Hessischen Landtages" → "Hessischer Landtag": a capitalised adjective before a masculine body.
    if (!/gremium$/u.test(words[idx])) for (let i = 0; i < idx; i++) if (/^\p{Lu}\p{Ll}+en$/u.test(words[i])) words[i] = words[i].replace(/en$/u, 'er');
  }
  return words.join(' ');
}

const ADDRESSES_CHAIR = /^(?:sehr\s+geehrte[rn]?\s+|verehrte[rn]?\s+|liebe[rn]?\s+)?(?:herr|frau)\s+(?:präsident(?:in)?|vizepräsident(?:in)?|vorsitzende[r]?|ausschussvorsitzende[r]?|(?:ober)?bürgermeister(?:in)?|landrat|landrätin|bezirksbürgermeister(?:in)?|ortsvorsteher(?:in)?)\s*[,!]/iu;

export function detectProcedure(cues: Cue[]): Procedure {
  const p: Procedure = { chair: null, clerk: null, opened: null, closed: null, openedAt: null, closedAt: null, interruptions: [], organization: null, sessionNumber: null, sessionTitle: null, chairs: new Set() };
  const procedural = new Map<string, number>();
  let prev: Cue | undefined;
  for (const cue of cues) {
    const t = cue.text;
    const open = OPEN.exec(t);
    if (open && p.openedAt === null && !RESUME.test(t)) {
      p.openedAt = cue.start;
      p.opened = spokenClock(t.slice(open.index)) ?? clockJustBefore(t.slice(0, open.index));
      if (cue.speaker) p.chair = cue.speaker;
      const after = t.slice(open.index, open.index + 300);
      const num = /(\d{1,3})\.\s+(?:öffentliche\s+)?sitzung/iu.exec(after);
      if (num) p.sessionNumber = num[1];
      const org = /sitzung\s+((?:des|der)\s+[^.,!?]{3,100}?)(?=\s+(?:um|am|im|in|hier|heute)\b|\s+und\s+(?:stelle|begrüße|darf|möchte|heiße|freue|bitte|rufe|eröffne)\b|[.,!?]|$)/iu.exec(after);
      if (org) {
        p.organization = nominative(org[1].trim());
        p.sessionTitle = `${num ? `${num[1]}. ` : ''}Sitzung ${org[1].trim()}`;
      }
    }
    const close = CLOSE.exec(t);
    if (close) {
      p.closedAt = cue.start;
      p.closed = spokenClock(t.slice(close.index)) ?? clockJustBefore(t.slice(0, close.index)) ?? p.closed;
    }
    const pause = PAUSE.exec(t);
    if (pause) p.interruptions.push({ at: cue.start, spokenFrom: spokenClock(t.slice(pause.index)), resumedAt: null, spokenTo: null });
    const resume = RESUME.exec(t);
    if (resume) {
      const last = p.interruptions[p.interruptions.length - 1];
      if (last && last.resumedAt === null) {
        last.resumedAt = cue.start;
        last.spokenTo = spokenClock(t.slice(resume.index));
      }
    }
    const clerk = CLERK.exec(t);
    if (clerk && !p.clerk) p.clerk = (clerk[1] ?? clerk[2] ?? clerk[3]).trim();
    if (cue.speaker && CHAIR_PHRASE.test(t)) {
      procedural.set(cue.speaker, (procedural.get(cue.speaker) ?? 0) + 1);
    }
    // A speaker who opens with "Frau Präsidentin, …" addresses whoever gave the floor: that one chairs.
    if (cue.speaker && prev?.speaker && prev.speaker !== cue.speaker && ADDRESSES_CHAIR.test(t)) {
      procedural.set(prev.speaker, (procedural.get(prev.speaker) ?? 0) + 1);
    }
    prev = cue;
  }
  if (!p.chair && procedural.size) p.chair = [...procedural.entries()].sort((a, b) => b[1] - a[1])[0][0];
  // Chairs rotate (Vorsitz and Stellvertretung, President and Vice-Presidents): every speaker who
  // uses the chair's phrases repeatedly chairs part of the session.
  const top = Math.max(0, ...procedural.values());
  p.chairs = new Set([...procedural.entries()].filter(([, n]) => n >= 3 || n >= top / 4).map(([name]) => name));
  if (p.chair) p.chairs.add(p.chair);
  return p;
}

export interface BiasDeclaration {
  /** Name as spoken ("Herr Becker") or the speaker's display name. */
  name: string;
  at: number;
  cueId: string | null;
  speaker: string | null;
  quote: string;
  /** Item number when the declaration names a (later) item: "zu TOP 7". */
  forItem?: string;
}

/** The member a sentence declares befangen for someone else ("Herr Kämper nimmt an Beratung und Abstimmung nicht teil"). */
const COMMON_NOUN = /(?:ung|heit|keit|schaft|tion|ität|nis|tum|ismus|ment|satzung|vorlage|sitzung|beratung|abstimmung|verwaltung)$/iu;
function otherBias(sentence: string): string | undefined {
  for (const re of [PERSON_NAMED, ARTICLE_NAME]) {
    re.lastIndex = 0;
    for (const m of sentence.matchAll(re)) {
      // "der Thomas" names a member; "der Entlastung", "die Satzung" name a matter.
      if (re === ARTICLE_NAME && COMMON_NOUN.test(m[1])) continue;
      if (BIAS_AFTER_PERSON.test(sentence.slice(m.index + m[0].length))) return (re === ARTICLE_NAME ? m[1] : m[0]).trim();
    }
  }
  return undefined;
}

function anaphoricBias(sentence: string): string | undefined {
  PERSON_NAMED.lastIndex = 0;
  const m = PERSON_NAMED.exec(sentence);
  if (!m || m.index > 3) return undefined;
  return BIAS_ANAPHOR.test(sentence.slice(m.index + m[0].length)) ? m[0].trim() : undefined;
}

/** Befangenheit / Mitwirkungsverbot declarations: self-declared by the speaker or announced by the chair. */
export function detectBias(cues: Cue[]): { declarations: BiasDeclaration[]; unattributed: number } {
  const declarations: BiasDeclaration[] = [];
  let unattributed = 0;
  for (const cue of cues) {
    let previous = '';
    for (const sentence of splitSentences(cue.text)) {
      const before = previous;
      previous = sentence;
      const item = BIAS_FOR_ITEM.exec(sentence);
      const forItem = item ? `${item[1] ? `${item[1].toUpperCase()} ` : ''}${item[2].replace(/\s+/gu, '')}` : undefined;
      const base = { at: cue.start, cueId: cue.id ?? null, speaker: cue.speaker, quote: sentence, ...(forItem ? { forItem } : {}) };
      const other = otherBias(sentence);
      // "Frau Adler ist nicht befangen": named, but denied.
      if (other && !BIAS_DENIED.test(sentence)) {
        declarations.push({ name: other, ...base });
        continue;
      }
      // "Bei der Entlastung ist die Oberbürgermeisterin betroffen und darf nach § 33 nicht mitwirken. Frau Dr. Selle hat mir das angezeigt."
      const anaphor = before && BIAS_UNNAMED.test(before) && !biasRecalledOrDenied(before) && !/\?/u.test(before) ? anaphoricBias(sentence) : undefined;
      if (anaphor) {
        declarations.push({ name: anaphor, ...base, quote: `${before} ${sentence}` });
        continue;
      }
      if ((SELF_BIAS.test(sentence) || lawCitedBias(sentence)) && !biasRecalledOrDenied(sentence) && !/\?/u.test(sentence) && !/(?:wenn|falls|ob)\s+ich/iu.test(sentence)) {
        if (cue.speaker) declarations.push({ name: cue.speaker, ...base });
        else unattributed++;
      }
    }
  }
  return { declarations, unattributed };
}

/** Statements explicitly given "zu Protokoll": the sentence with the phrase and what follows in the cue. */
export function detectProtocolStatements(cues: Cue[]): { speaker: string | null; at: number; text: string }[] {
  const out: { speaker: string | null; at: number; text: string }[] = [];
  for (const cue of cues) {
    const m = PROTOCOL.exec(cue.text);
    if (!m) continue;
    const before = cue.text.slice(0, m.index);
    const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '));
    const text = cue.text.slice(start < 0 ? 0 : start + 2).trim();
    out.push({ speaker: cue.speaker, at: cue.start, text: text.length > 1200 ? `${text.slice(0, 1200)} …` : text });
  }
  return out;
}
