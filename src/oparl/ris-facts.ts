/**
 * What the RIS index knows beyond ranked words, for judging whether its hits answer a question:
 * the Vorlagen by reference, the calendar of meetings (from the synced catalog), and per RIS page
 * its words and the names ("subjects") of Vorlagen and TOPs. Built once per index snapshot. Pure.
 */
import type { Chunk } from '../knowledge/chunking.js';
import { contentWords, stem } from '../knowledge/analysis/german.js';
import type { OparlCatalog } from './catalog.js';
import { calendarFromCatalog, type CouncilCalendar } from './council-question.js';
import { buildReferenceLookup } from './reference-lookup.js';

export interface RisFacts {
  lookup: (question: string) => Chunk[];
  calendar?: CouncilCalendar;
  /** The first indexed passage of a RIS page. */
  pageChunk(page: string): Chunk | undefined;
  /** The text of a RIS page (all its indexed passages and its title). */
  pageText(page: string): string;
  /** Stems of a RIS page's content words. */
  pageStems(page: string): ReadonlySet<string>;
  /** How many RIS pages carry the stem in the name of their Vorlage or TOP. */
  subjectPages(stem: string): number;
  /** YYYY-MM-DD of today (a meeting after it has not been held). */
  today: string;
}

export const pageOf = (c: Chunk): string => c.meta?.web ?? c.source;

export const stemsOf = (text: string): string[] => contentWords(text).map(stem);

export function buildRisFacts(chunks: Chunk[], catalog?: OparlCatalog, today = new Date().toISOString().slice(0, 10)): RisFacts {
  const byPage = new Map<string, Chunk[]>();
  const subjects = new Map<string, Set<string>>();
  for (const c of chunks) {
    const page = pageOf(c);
    const list = byPage.get(page) ?? [];
    list.push(c);
    byPage.set(page, list);
    const name = c.meta?.oparlName;
    if (name && c.meta?.nonPublic !== 'true') for (const s of stemsOf(name)) (subjects.get(s) ?? subjects.set(s, new Set()).get(s)!).add(page);
  }
  const texts = new Map<string, string>();
  const stems = new Map<string, Set<string>>();
  const pageText = (page: string) => {
    let t = texts.get(page);
    if (t === undefined) {
      const list = byPage.get(page) ?? [];
      t = [list[0]?.title ?? '', ...list.map((c) => `${c.sectionPath.join(' ')}\n${c.text}`)].join('\n');
      texts.set(page, t);
    }
    return t;
  };
  return {
    lookup: buildReferenceLookup(chunks),
    ...(catalog ? { calendar: calendarFromCatalog(catalog) } : {}),
    pageText,
    pageChunk: (page) => byPage.get(page)?.[0],
    pageStems(page) {
      let s = stems.get(page);
      if (!s) stems.set(page, (s = new Set(stemsOf(pageText(page)))));
      return s;
    },
    subjectPages: (s) => subjects.get(s)?.size ?? 0,
    today,
  };
}
