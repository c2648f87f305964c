/**
 * Splits the cleaned transcript into Tagesordnungspunkte from spoken transitions ("Wir kommen zu
 * Tagesordnungspunkt 4", "TOP 5", "Punkt sieben", "Ich rufe auf …") and aligns them to the agenda.
 * Also tracks the switch to the non-public part; where the agenda has a `public` flag, it wins.
 */
import { NUMBER_TOKEN, parseGermanNumber } from './number-words.js';
import type { AgendaItem, Cue } from './types.js';

export interface Segment {
  number: string;
  title: string;
  public: boolean;
  paper?: string;
  /** False when the agenda lists the item but no transition to it was heard. */
  found: boolean;
  cues: Cue[];
  /** Public/non-public as heard in the session (before the agenda flag is applied). */
  spokenPublic: boolean;
  /** Warnings about this item only. */
  warnings: string[];
}

export interface Segmentation {
  /** Cues before the first transition (opening, Beschlussfähigkeit, agenda approval). */
  preamble: Cue[];
  segments: Segment[];
}

const L = String.raw`(?<![\p{L}\d])`;
const R = String.raw`(?![\p{L}\d])`;
const NUM = String.raw`(?:([ÖN])\s?)?(${NUMBER_TOKEN}(?:\.\d{1,2})*)${R}`;
const LEAD = String.raw`(?:wir kommen(?: nun| jetzt| dann| damit| also)* (?:zu|zum)|kommen wir(?: nun| jetzt| dann| damit| also)* (?:zu|zum)|ich rufe(?: nun| jetzt| dann)?(?: auf)?|aufgerufen (?:wird|ist)|weiter (?:geht es )?mit|wir fahren fort mit|ich komme(?: nun| jetzt)? zu|wir machen weiter mit|es folgt|wir sind bei|nächster punkt(?: ist)?)`;
const TRANSITION = new RegExp(String.raw`${L}${LEAD}\s+(?:den |dem |die )?(?:tagesordnungspunkt|top|punkt)\s+(?:nummer\s+|nr\.\s+)?${NUM}`, 'iu');
const TRANSITION_AT_START = new RegExp(String.raw`(?:^|(?<=[.!?]\s))(?:(?:so|gut|also|dann|danke|vielen dank|okay|ok|damit)[,.]?\s+)*(?:tagesordnungspunkt|top|punkt)\s+(?:nummer\s+)?${NUM}`, 'iu');
const NONPUBLIC = /nicht\s?-?öffentlichen?\s+(?:teil|sitzung|sitzungsteil)|öffentlichkeit[^.!?]{0,60}(?:ausgeschlossen|ausschließen|verlassen)|zuhörer(?:innen)?[^.!?]{0,80}(?:verlassen|hinaus)|(?:saal|raum|sitzung) zu verlassen[^.!?]{0,40}nichtöffentlich/iu;
const FORWARD = /(?:kommen|gehen|wechseln)\s+(?:wir\s+)?(?:nun\s+|jetzt\s+|damit\s+)*(?:zum|in den)\s+nicht/iu;
const PUBLIC_AGAIN = /öffentlichkeit (?:ist )?wieder(?:hergestellt|herstellen| zugelassen)|stelle die öffentlichkeit wieder her|wieder (?:zum|in den) öffentlichen teil/iu;

/** Normalised key for comparing spoken and printed numbers ("Ö 3" → "3"). */
function numberKey(n: string): string {
  return n.replace(/^[ÖN]\s*/i, '').replace(/\s+/g, '').replace(/\.$/, '');
}

interface Hit {
  /** True for an explicit call ("Wir kommen zu …", "Ich rufe auf …"); false for a bare "TOP 5" / "Punkt sieben". */
  strong: boolean;
  index: number;
  prefix?: string;
  number: string;
  rest: string;
}

/** Finds a transition in a cue's text; returns where it starts (sentence start) and the number. */
export function findTransition(text: string): Hit | undefined {
  const strong = TRANSITION.exec(text);
  const m = strong ?? TRANSITION_AT_START.exec(text);
  if (!m) return undefined;
  const raw = m[2];
  const head = raw.split('.')[0];
  const n = parseGermanNumber(head);
  if (n === undefined || n === 0 || n > 99) return undefined;
  const number = [String(n), ...raw.split('.').slice(1)].join('.');
  const before = text.slice(0, m.index);
  const sentenceStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '));
  return { strong: !!strong, index: sentenceStart < 0 ? 0 : sentenceStart + 2, prefix: m[1]?.toUpperCase(), number, rest: text.slice(m.index + m[0].length) };
}

/** Title spoken after the number ("…, Bebauungsplan Nr. 812 – Ostwall. Herr …") for agenda-less sessions. */
function spokenTitle(rest: string, number: string): string {
  const t = rest
    .replace(/^[\s,:;–-]+/, '')
    .replace(/^(?:auf|und zwar|das ist|betreffend)\s+/i, '')
    .split(/(?<=[^A-Z0-9][.!?])\s/)[0]
    .replace(/[.!?]\s*$/, '')
    .replace(/\s+auf$/i, '')
    .trim();
  return t.length >= 3 ? t.slice(0, 140) : `Tagesordnungspunkt ${number}`;
}

/** Segments the transcript; `agenda` may be empty (TOPs then come from the transitions alone). */
export function segmentTranscript(cues: Cue[], agenda: AgendaItem[] = [], options: { chair?: string | null } = {}): Segmentation {
  const preamble: Cue[] = [];
  const order: Segment[] = [];
  let current: Segment | undefined;
  let spokenPublic = true;
  const agendaSegments: Segment[] = agenda.map((a) => ({ number: a.number, title: a.title, public: a.public, ...(a.paper ? { paper: a.paper } : {}), found: false, cues: [], spokenPublic: a.public, warnings: [] }));

  const extra: Segment[] = [];
  /** A non-public segment for talk the agenda does not explain; it can only ever go to the non-public part. */
  const pseudo = (number: string): Segment => {
    const s: Segment = { number, title: 'Nichtöffentlicher Tagesordnungspunkt (nicht in der Tagesordnung erkannt)', public: false, found: true, cues: [], spokenPublic: false, warnings: [`TOP ${number}: Beratung im nichtöffentlichen Teil ohne passenden Tagesordnungspunkt – bitte zuordnen.`] };
    extra.push(s);
    return s;
  };

  const pick = (hit: Hit, newOnly = false): Segment | undefined => {
    if (!agenda.length) {
      const seen = order.find((s) => numberKey(s.number) === hit.number && s.spokenPublic === spokenPublic);
      if (seen) return newOnly ? undefined : seen;
      const s: Segment = { number: hit.prefix ? `${hit.prefix} ${hit.number}` : hit.number, title: spokenTitle(hit.rest, hit.number), public: spokenPublic, found: true, cues: [], spokenPublic, warnings: [] };
      order.push(s);
      return s;
    }
    const candidates = agendaSegments.filter((s) => numberKey(s.number) === hit.number && !(newOnly && s.found));
    if (!candidates.length) return undefined;
    const wantPublic = hit.prefix === 'N' ? false : hit.prefix === 'Ö' ? true : spokenPublic;
    // In the non-public part, a number the agenda has only as a public item that was already dealt
    // with is a non-public item missing from the agenda: keep it apart rather than reopen the public one.
    if (!wantPublic && !candidates.some((s) => !s.public) && candidates.every((s) => s.found)) return pseudo(`N ${hit.number}`);
    return candidates.find((s) => s.public === wantPublic && !s.found) ?? candidates.find((s) => s.public === wantPublic) ?? candidates.find((s) => !s.found) ?? candidates[0];
  };

  let cuesSinceTransition = 0;
  /** The session went non-public inside a public TOP; the next talk (unless a TOP is called) must leave it. */
  let leftPublic = false;
  // Sentence by sentence, because one merged turn of the chair often ends a TOP, switches to the
  // non-public part and calls the next TOP.
  for (const cue of cues) {
    cuesSinceTransition++;
    let buffer: string[] = [];
    const flush = () => {
      if (buffer.length) (current ? current.cues : preamble).push({ ...cue, text: buffer.join(' ') });
      buffer = [];
    };
    // A bare "Punkt zwei …" may be anyone's enumeration: it only opens a TOP not dealt with yet, and
    // only from the chair when the chair is known.
    const weakOk = (h: Hit) => h.strong || !options.chair || cue.speaker === null || cue.speaker === options.chair;
    for (const sentence of cue.text.split(/(?<=[.!?])\s+/)) {
      const hit = findTransition(sentence);
      if (PUBLIC_AGAIN.test(sentence)) spokenPublic = true;
      else if (NONPUBLIC.test(sentence)) {
        spokenPublic = false;
        if (!hit) {
          buffer.push(sentence);
          // "Ich bitte die Öffentlichkeit, den Saal zu verlassen" right after a TOP was called refers to
          // that TOP; "Wir kommen zum nichtöffentlichen Teil" refers to what follows, and what follows
          // must never stay in a public TOP.
          if (current && current.public && (cuesSinceTransition > 2 || FORWARD.test(sentence))) leftPublic = true;
          else if (current && !leftPublic) current.spokenPublic = false;
          continue;
        }
      }
      const target = hit && weakOk(hit) ? pick(hit, !hit.strong) : undefined;
      if (target && target !== current) {
        flush();
        current = target;
        current.found = true;
        current.spokenPublic = spokenPublic;
        cuesSinceTransition = 0;
      } else if (leftPublic && current?.public && !spokenPublic) {
        flush();
        current = pseudo('N ?');
        cuesSinceTransition = 0;
      }
      leftPublic = false;
      buffer.push(sentence);
    }
    flush();
  }

  const segments = [...(agenda.length ? agendaSegments : order), ...extra.filter((s) => s.cues.length)];
  for (const s of segments) {
    if (!agenda.length) s.public = s.spokenPublic;
    if (agenda.length && !s.found) s.warnings.push(`TOP ${s.number}: Im Transkript wurde kein Aufruf dieses Tagesordnungspunkts gefunden – bitte prüfen.`);
    if (agenda.length && s.found && s.public && !s.spokenPublic) {
      // The agenda says public, the session was in its non-public part: protect the content.
      s.public = false;
      s.warnings.push(`TOP ${s.number} steht in der Tagesordnung als öffentlich, wurde aber im nichtöffentlichen Teil beraten; er wurde vorsorglich der nichtöffentlichen Niederschrift zugeordnet – bitte prüfen.`);
    }
  }
  return { preamble, segments };
}
