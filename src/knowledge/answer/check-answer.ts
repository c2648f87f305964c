/**
 * Output guard for generated answers (pure). Whatever the model was told or tricked into:
 * - only numbers of passages retrieved for this turn survive as citations, renumbered [1..n]
 *   in order of first use;
 * - links survive only when they are a cited source's own URL; e-mail addresses only when
 *   they occur in a passage;
 * - an answer without any valid citation does not count as found.
 */
import type { Passage } from '../types.js';

export interface CheckedAnswer {
  /** Answer text with renumbered citations and foreign links removed. */
  text: string;
  /** Passages in the order of their new numbers (citation [1] is used[0]). */
  used: Passage[];
  /** Citation numbers the model wrote that pointed at nothing retrieved. */
  droppedCitations: number[];
  /** Links and addresses removed from the text. */
  droppedLinks: string[];
}

// Also accepts what smaller models write instead of [n]: [Dokument 1], [Nr. 2], [Quelle 1, 3].
const CITATION = /\[\s*(?:(?:Dokument|Dok\.|Nr\.|Quelle|Auszug|Fundstelle|Document|Doc\.?|Source)\s*)?(\d{1,3}(?:\s*(?:[,;]|und|and)\s*\d{1,3})*)\s*\]/gi;
const MARKDOWN_LINK = /\[([^\]\n]{0,200})\]\(\s*([^)\s]+)[^)]*\)/g;
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>"'`)\]]+/gi;
const ANGLE_URL = /<((?:https?|mailto):[^>\s]+)>/gi;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/** URLs a passage may be linked by: its own source when that is a web address. */
export function allowedUrls(passages: Passage[]): Set<string> {
  const urls = new Set<string>();
  for (const p of passages) {
    if (/^https?:\/\//i.test(p.source)) urls.add(normaliseUrl(p.source));
    if (p.meta?.url && /^https?:\/\//i.test(p.meta.url)) urls.add(normaliseUrl(p.meta.url));
  }
  return urls;
}

function normaliseUrl(url: string): string {
  return url.trim().replace(/[.,;:!?]+$/, '').replace(/\/+$/, '').toLowerCase();
}

/**
 * @param raw the model's text
 * @param passages the numbered passages the model was given ([1] = passages[0])
 */
export function checkAnswer(raw: string, passages: Passage[]): CheckedAnswer {
  const urls = allowedUrls(passages);
  const droppedLinks: string[] = [];
  const droppedCitations: number[] = [];
  const passageText = passages.map((p) => p.text).join('\n').toLowerCase();

  // Links first, so "[text](url)" is not mistaken for a citation.
  let text = raw.replace(MARKDOWN_LINK, (match, label: string, url: string) => {
    if (urls.has(normaliseUrl(url))) return match;
    droppedLinks.push(url);
    return label;
  });
  text = text.replace(ANGLE_URL, (match, url: string) => {
    if (urls.has(normaliseUrl(url))) return match;
    droppedLinks.push(url);
    return '';
  });
  text = text.replace(BARE_URL, (url: string, offset: number, whole: string) => {
    // Keep URLs inside an allowed markdown link target untouched.
    if (whole[offset - 1] === '(' && whole[offset - 2] === ']') return url;
    if (urls.has(normaliseUrl(url))) return url;
    droppedLinks.push(url);
    return '';
  });
  text = text.replace(EMAIL, (address: string) => {
    if (passageText.includes(address.toLowerCase())) return address;
    droppedLinks.push(address);
    return '';
  });

  const newNumber = new Map<number, number>();
  const used: Passage[] = [];
  text = text.replace(CITATION, (_match, list: string) => {
    const out: string[] = [];
    for (const n of list.split(/[,;]|und|and/i).map((s) => Number(s.trim()))) {
      if (!Number.isInteger(n) || n < 1 || n > passages.length) {
        droppedCitations.push(n);
        continue;
      }
      let renumbered = newNumber.get(n);
      if (renumbered === undefined) {
        used.push(passages[n - 1]);
        renumbered = used.length;
        newNumber.set(n, renumbered);
      }
      const marker = `[${renumbered}]`;
      if (!out.includes(marker)) out.push(marker);
    }
    return out.join('');
  });

  return { text: tidy(text), used, droppedCitations, droppedLinks };
}

/** Removes the gaps left by removed markers and links. */
function tidy(text: string): string {
  return text
    .replace(/[ \t]+([.,;:!?])/g, '$1')
    .replace(/\(\s*\)/g, '')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/[ \t]+$/gm, '')
    .trim();
}
