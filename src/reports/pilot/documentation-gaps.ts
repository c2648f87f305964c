/**
 * Documentation gaps: unanswered questions grouped by their main words, so the owners of the
 * documents see what staff looked for in vain. Greedy grouping: the main word (stemmed) that
 * most people of the still unassigned questions share becomes a topic, labelled with its most
 * frequent spelling and the word that most often comes with it; repeat. When no whole word is
 * shared by k people, a shared compound part is tried ("Hundesteuer" and "Hundesteuerermäßigung"
 * meet on "Hund"). Topics asked by fewer than k people are not shown (k-anonymity, and so no
 * single person's question can be read out of the words).
 */
import { mainWords, topicKeys } from '../../knowledge/unanswered/main-words.js';
import type { GapTopic, UnansweredQuestion } from './types.js';

interface Parsed {
  /** Position in the input. */
  index: number;
  person: string;
  stems: Set<string>;
  parts: Set<string>;
}

type Spellings = Map<string, Map<string, number>>;

function addSpelling(spellings: Spellings, stem: string, word: string): void {
  const forms = spellings.get(stem) ?? new Map<string, number>();
  forms.set(word, (forms.get(word) ?? 0) + 1);
  spellings.set(stem, forms);
}

function topSpelling(forms: Map<string, number> | undefined, fallback: string): string {
  if (!forms) return fallback;
  return [...forms.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
}

/** The main words of a record: as stored, or (older records, tests) from its text. */
export function wordsOf(q: UnansweredQuestion): string[] {
  return q.words ?? (q.text ? mainWords(q.text) : []);
}

type Counts = Map<string, { questions: number; people: Set<string> }>;

function count(open: Parsed[], key: 'stems' | 'parts'): Counts {
  const counts: Counts = new Map();
  for (const q of open) {
    for (const s of q[key]) {
      const c = counts.get(s) ?? { questions: 0, people: new Set<string>() };
      c.questions++;
      c.people.add(q.person);
      counts.set(s, c);
    }
  }
  return counts;
}

/**
 * The key most people share; ties by questions, then the longer (more specific) word, then
 * alphabetically for a stable report.
 */
function best(counts: Counts, k: number): string | undefined {
  const top = [...counts.entries()].sort((a, b) => b[1].people.size - a[1].people.size || b[1].questions - a[1].questions || b[0].length - a[0].length || a[0].localeCompare(b[0]))[0];
  return top && top[1].people.size >= k ? top[0] : undefined;
}

export interface GapGrouping {
  topics: GapTopic[];
  questionsInSmallTopics: number;
  questions: number;
}

export function groupGaps(questions: UnansweredQuestion[], options: { minGroupSize: number; maxTopics?: number }): GapGrouping {
  const { members, ...grouping } = groupGapsWithMembers(questions, options);
  void members;
  return grouping;
}

/** As groupGaps, plus for each topic the positions of its questions in the input (for `rathaus unanswered --examples`). */
export function groupGapsWithMembers(questions: UnansweredQuestion[], options: { minGroupSize: number; maxTopics?: number }): GapGrouping & { members: number[][] } {
  const spellings: Spellings = new Map();
  const partSpellings: Spellings = new Map();
  // The same word is analysed once (its spellings still count every time).
  const keys = new Map<string, ReturnType<typeof topicKeys>>();
  let open: Parsed[] = questions
    .map((q, index) => ({ q, index, words: wordsOf(q) }))
    .filter((x) => x.words.length > 0)
    .map(({ q, index, words }) => {
      const parsed: Parsed = { index, person: q.userIdHash, stems: new Set(), parts: new Set() };
      for (const word of words) {
        let k = keys.get(word);
        if (!k) keys.set(word, (k = topicKeys(word)));
        parsed.stems.add(k.stem);
        addSpelling(spellings, k.stem, word);
        for (const part of k.parts) {
          parsed.parts.add(part.stem);
          addSpelling(partSpellings, part.stem, part.spelling);
        }
      }
      return parsed;
    });
  const total = open.length;
  const k = options.minGroupSize;
  const topics: GapTopic[] = [];
  const memberIndexes: number[][] = [];
  const maxTopics = options.maxTopics ?? 20;
  while (open.length && topics.length < maxTopics) {
    let key: 'stems' | 'parts' = 'stems';
    let head = best(count(open, 'stems'), k);
    if (!head) {
      key = 'parts';
      head = best(count(open, 'parts'), k);
    }
    if (!head) break;
    const members = open.filter((q) => q[key].has(head));
    open = open.filter((q) => !q[key].has(head));
    const companion = new Map<string, Set<string>>();
    for (const q of members) for (const s of q.stems) if (s !== head) companion.set(s, (companion.get(s) ?? new Set<string>()).add(q.person));
    const second = [...companion.entries()].filter(([, p]) => p.size >= k).sort((a, b) => b[1].size - a[1].size || b[0].length - a[0].length || a[0].localeCompare(b[0]))[0];
    const label = topSpelling((key === 'stems' ? spellings : partSpellings).get(head), head);
    const words = [label, ...(second ? [topSpelling(spellings.get(second[0]), second[0])] : [])];
    topics.push({ words, questions: members.length, people: new Set(members.map((q) => q.person)).size });
    memberIndexes.push(members.map((q) => q.index));
  }
  const shown = topics.reduce((n, t) => n + t.questions, 0);
  return { topics, questionsInSmallTopics: total - shown, questions: total, members: memberIndexes };
}
