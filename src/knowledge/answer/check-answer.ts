/**
 * Output guard for generated answers (pure). Whatever the model was told or tricked into:
 * - links survive only when they are a cited clean source's own URL; e-mail addresses only when
 *   they occur in a clean passage; a sentence that carried a foreign link or address goes;
 * - the answer is checked sentence by sentence (claim-level grounding): a sentence without a
 *   valid citation is dropped; every number, amount, date, time, paragraph reference and form id
 *   in it must occur in a passage it cites — otherwise the citation moves to the retrieved passage
 *   that contains them all, or the sentence is dropped;
 * - a passage flagged as carrying planted instructions never backs a sentence, and a sentence
 *   with words found only in flagged passages is dropped;
 * - only numbers of passages retrieved for this turn survive as citations, renumbered [1..n]
 *   in order of first use; an answer without any valid citation does not count as found.
 */
import { LRUCache } from 'lru-cache';
import type { Passage } from '../types.js';
import { extractFacts } from './claim-facts.js';
import { splitAnswer } from './sentences.js';

export type DropReason = 'uncited' | 'unsupported' | 'planted' | 'quarantined' | 'foreignLink';

export interface CheckedAnswer {
  /** Answer text with renumbered citations, foreign links and unsupported sentences removed. */
  text: string;
  /** Passages in the order of their new numbers (citation [1] is used[0]). */
  used: Passage[];
  /** Citation numbers the model wrote that pointed at nothing retrieved. */
  droppedCitations: number[];
  /** Links and addresses removed from the text. */
  droppedLinks: string[];
  /** Why each removed sentence was removed (counts for the log; no content). */
  droppedSentences: DropReason[];
  /** Sentences whose citation was moved to the passage that holds their facts. */
  recited: number;
  /** Sentences kept. */
  keptSentences: number;
}

export interface CheckOptions {
  /** The user's question: its words are not planted words even when a flagged passage has them too. */
  question?: string;
}

// Also accepts what smaller models write instead of [n]: [Dokument 1], [Nr. 2], [Quelle 1, 3].
const CITATION = /\[\s*(?:(?:Dokument|Dok\.|Nr\.|Quelle|Auszug|Fundstelle|Document|Doc\.?|Source)\s*)?(\d{1,3}(?:\s*(?:[,;]|und|and)\s*\d{1,3})*)\s*\]/gi;
const MARKDOWN_LINK = /\[([^\]\n]{0,200})\]\(\s*([^)\s]+)[^)]*\)/g;
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>"'`)\]]+/gi;
const ANGLE_URL = /<((?:https?|mailto):[^>\s]+)>/gi;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const WORD = /[\p{L}][\p{L}\p{M}-]{2,}/gu;
/** Where a foreign link or address was cut out: the sentence that carried it goes as a whole. */
const REMOVED = '\u0002';

export const isFlagged = (p: Passage): boolean => (p.instructionFlags?.length ?? 0) > 0;

/** URLs a passage may be linked by: its own source when that is a web address (clean passages only). */
export function allowedUrls(passages: Passage[]): Set<string> {
  const urls = new Set<string>();
  for (const p of passages) {
    if (isFlagged(p)) continue;
    if (/^https?:\/\//i.test(p.source)) urls.add(normaliseUrl(p.source));
    if (p.meta?.url && /^https?:\/\//i.test(p.meta.url)) urls.add(normaliseUrl(p.meta.url));
  }
  return urls;
}

function normaliseUrl(url: string): string {
  return url.trim().replace(/[.,;:!?]+$/, '').replace(/\/+$/, '').toLowerCase();
}

function removeForeignLinks(raw: string, passages: Passage[], droppedLinks: string[]): string {
  const urls = allowedUrls(passages);
  // The clean passages' text, lower-cased, only when the answer holds an address at all.
  let cleanText: string | undefined;
  const inCleanText = (address: string) => {
    cleanText ??= passages
      .filter((p) => !isFlagged(p))
      .map((p) => p.text)
      .join('\n')
      .toLowerCase();
    return cleanText.includes(address.toLowerCase());
  };
  // Links first, so "[text](url)" is not mistaken for a citation.
  let text = raw.replace(MARKDOWN_LINK, (match, label: string, url: string) => {
    if (urls.has(normaliseUrl(url))) return match;
    droppedLinks.push(url);
    return `${label}${REMOVED}`;
  });
  text = text.replace(ANGLE_URL, (match, url: string) => {
    if (urls.has(normaliseUrl(url))) return match;
    droppedLinks.push(url);
    return REMOVED;
  });
  text = text.replace(BARE_URL, (url: string, offset: number, whole: string) => {
    // Keep URLs inside an allowed markdown link target untouched.
    if (whole[offset - 1] === '(' && whole[offset - 2] === ']') return url;
    if (urls.has(normaliseUrl(url))) return url;
    droppedLinks.push(url);
    return REMOVED;
  });
  return text.replace(EMAIL, (address: string) => {
    if (inCleanText(address)) return address;
    droppedLinks.push(address);
    return REMOVED;
  });
}

const stem = (w: string) => w.toLowerCase().slice(0, 6);

interface Evidence {
  facts: Set<string>;
  words: Set<string>;
}

/** A passage's evidence with the title and section path it was computed for. */
interface CachedEvidence {
  title: string;
  sectionPath: readonly string[];
  evidence: Evidence;
}

/**
 * A passage's evidence, computed once per passage text: the stream guard checks the growing answer
 * against the same passages many times per turn, the final check once more, and the same indexed
 * passages come back for many questions. Keyed by the text itself (the index's own string, so a
 * lookup builds nothing) and checked against title and section path. Bounded by the size of the texts held.
 */
const evidenceCache = new LRUCache<string, CachedEvidence>({ maxSize: 16 * 1024 * 1024, sizeCalculation: (_v, key) => 2 * key.length + 64 });

function evidenceOf(p: Passage): Evidence {
  const cached = evidenceCache.get(p.text);
  if (cached && cached.title === p.title && sameStrings(cached.sectionPath, p.sectionPath)) return cached.evidence;
  const all = [p.title, ...p.sectionPath, p.text].join('\n');
  const evidence = { facts: extractFacts(all, { lenient: true }), words: new Set([...all.matchAll(WORD)].map((m) => stem(m[0]))) };
  evidenceCache.set(p.text, { title: p.title, sectionPath: [...p.sectionPath], evidence });
  return evidence;
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * @param raw the model's text
 * @param passages the numbered passages the model was given ([1] = passages[0])
 */
export function checkAnswer(raw: string, passages: Passage[], options: CheckOptions = {}): CheckedAnswer {
  const droppedLinks: string[] = [];
  const droppedCitations: number[] = [];
  const droppedSentences: DropReason[] = [];
  let recited = 0;
  const text = removeForeignLinks(raw, passages, droppedLinks);

  const evidence = passages.map(evidenceOf);
  // A word is planted when only flagged passages use it (not the question, not a clean passage);
  // looked up per sentence word instead of merging every passage's words on each check.
  const questionWords = new Set<string>([...(options.question ?? '').matchAll(WORD)].map((m) => stem(m[0])));
  const flaggedEvidence = evidence.filter((_, i) => isFlagged(passages[i]));
  const cleanEvidence = evidence.filter((_, i) => !isFlagged(passages[i]));
  const planted = (w: string) => flaggedEvidence.some((e) => e.words.has(w)) && !questionWords.has(w) && !cleanEvidence.some((e) => e.words.has(w));
  const cleanIndexes = passages.map((p, i) => (isFlagged(p) ? -1 : i)).filter((i) => i >= 0);

  /** Grounds one sentence; returns its text with markers for original passage indexes, or a drop reason. */
  function ground(sentence: string): { text: string; cites: number[] } | DropReason {
    const cited: number[] = [];
    let citedFlagged = false;
    const bare = sentence.replace(CITATION, (_m, list: string) => {
      for (const n of list.split(/[,;]|und|and/i).map((s) => Number(s.trim()))) {
        if (!Number.isInteger(n) || n < 1 || n > passages.length) droppedCitations.push(n);
        else if (isFlagged(passages[n - 1])) citedFlagged = true;
        else if (!cited.includes(n - 1)) cited.push(n - 1);
      }
      return '\u0000';
    });
    if (bare.includes(REMOVED)) return 'foreignLink';
    if (!bare.includes('\u0000')) return 'uncited';
    const words = [...bare.matchAll(WORD)].map((m) => stem(m[0]));
    if (flaggedEvidence.length && words.some(planted)) return 'planted';
    const facts = [...extractFacts(bare)];
    const supports = (i: number) => facts.every((f) => evidence[i].facts.has(f));
    let cites = cited.filter(supports);
    if (cites.length === 0 || (facts.length > 0 && cites.length < cited.length && !cited.some(supports))) cites = [];
    if (cites.length === 0) {
      // The facts may be in another retrieved passage: cite that one (best ranked first).
      const other = facts.length > 0 ? cleanIndexes.find(supports) : undefined;
      if (other === undefined) return cited.length === 0 && citedFlagged ? 'quarantined' : cited.length === 0 ? 'uncited' : 'unsupported';
      cites = [other];
      recited++;
    }
    // The last marker position carries the citations (where a reader looks for them); others go.
    const last = bare.lastIndexOf('\u0000');
    const marked = `${bare.slice(0, last).split('\u0000').join('')}\u0001${bare.slice(last + 1)}`;
    return { text: marked, cites };
  }

  const newNumber = new Map<number, number>();
  const used: Passage[] = [];
  let kept = 0;
  const lines = splitAnswer(text).map(({ sentences }) => {
    const out: string[] = [];
    for (const sentence of sentences) {
      const g = ground(sentence);
      if (typeof g === 'string') {
        droppedSentences.push(g);
        continue;
      }
      kept++;
      const markers = g.cites.map((i) => {
        let n = newNumber.get(i);
        if (n === undefined) {
          used.push(passages[i]);
          n = used.length;
          newNumber.set(i, n);
        }
        return `[${n}]`;
      });
      out.push(g.text.replace('\u0001', markers.join('')));
    }
    return out.join(' ');
  });
  // A line whose sentences were all dropped goes; a list marker alone is no line either.
  const body = lines
    .filter((l, i, all) => l.trim() !== '' || (i > 0 && all[i - 1].trim() !== ''))
    .filter((l) => !/^\s*([-*•]|\d+\.)\s*$/.test(l))
    .join('\n');
  return { text: tidy(body), used, droppedCitations, droppedLinks, droppedSentences, recited, keptSentences: kept };
}

/** Removes the gaps left by removed markers and links. */
function tidy(text: string): string {
  return text
    .replace(/[ \t]+([.,;:!?])/g, '$1')
    .replace(/\(\s*\)/g, '')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
