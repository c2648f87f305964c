/**
 * Documentation gaps: unanswered questions grouped by their main words, so the owners of the
 * documents see what staff looked for in vain. Greedy grouping: the content word (stemmed) that
 * most unassigned questions share becomes a topic, labelled with its most frequent spelling and
 * the word that most often comes with it; repeat. Topics asked by fewer than k people are not
 * shown (k-anonymity, and so no single person's question can be read out of the words).
 */
import { isStopWord, normalizeWord, stem } from '../../knowledge/analysis/german.js';
import type { GapTopic, UnansweredQuestion } from './types.js';

/** Question words that carry no topic, beyond the stop words. */
const NOISE = new Set(['frage', 'fragen', 'wie', 'was', 'wo', 'wann', 'wer', 'welche', 'welcher', 'welches', 'gibt', 'kann', 'koennen', 'beantragen', 'brauche', 'erhalte', 'bekomme', 'info', 'informationen'].map(normalizeWord));

interface Parsed {
  person: string;
  stems: Set<string>;
}

/**
 * The main words (Hauptwörter) of a question: its nouns, which German capitalises — so "Wo finde
 * ich …" yields no "finde". A question typed all in lower case falls back to its content words.
 */
function mainWords(text: string, spellings: Map<string, Map<string, number>>): Set<string> {
  const words = [...text.matchAll(/[\p{L}][\p{L}\p{N}-]*/gu)].map((m) => m[0].replace(/-+$/, '')).filter((w) => {
    const norm = normalizeWord(w);
    return norm.length >= 4 && !isStopWord(norm) && !NOISE.has(norm);
  });
  const nouns = words.filter((w) => /^\p{Lu}/u.test(w));
  const stems = new Set<string>();
  for (const word of nouns.length ? nouns : words) {
    const norm = normalizeWord(word);
    const s = stem(norm);
    stems.add(s);
    const forms = spellings.get(s) ?? new Map<string, number>();
    forms.set(word, (forms.get(word) ?? 0) + 1);
    spellings.set(s, forms);
  }
  return stems;
}

function topSpelling(forms: Map<string, number> | undefined, fallback: string): string {
  if (!forms) return fallback;
  return [...forms.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
}

export function groupGaps(questions: UnansweredQuestion[], options: { minGroupSize: number; maxTopics?: number }): { topics: GapTopic[]; questionsInSmallTopics: number; questions: number } {
  const spellings = new Map<string, Map<string, number>>();
  let open: Parsed[] = questions.filter((q) => q.text).map((q) => ({ person: q.userIdHash, stems: mainWords(q.text!, spellings) }));
  const total = open.length;
  const topics: GapTopic[] = [];
  const maxTopics = options.maxTopics ?? 20;
  while (open.length && topics.length < maxTopics) {
    const counts = new Map<string, { questions: number; people: Set<string> }>();
    for (const q of open) {
      for (const s of q.stems) {
        const c = counts.get(s) ?? { questions: 0, people: new Set<string>() };
        c.questions++;
        c.people.add(q.person);
        counts.set(s, c);
      }
    }
    // The word most people share; ties by questions, then the longer (more specific) word, then
    // alphabetically for a stable report.
    const best = [...counts.entries()].sort((a, b) => b[1].people.size - a[1].people.size || b[1].questions - a[1].questions || b[0].length - a[0].length || a[0].localeCompare(b[0]))[0];
    if (!best || best[1].people.size < options.minGroupSize) break;
    const [head] = best;
    const members = open.filter((q) => q.stems.has(head));
    open = open.filter((q) => !q.stems.has(head));
    const companion = new Map<string, Set<string>>();
    for (const q of members) for (const s of q.stems) if (s !== head) companion.set(s, (companion.get(s) ?? new Set<string>()).add(q.person));
    const second = [...companion.entries()].filter(([, p]) => p.size >= options.minGroupSize).sort((a, b) => b[1].size - a[1].size || b[0].length - a[0].length || a[0].localeCompare(b[0]))[0];
    const words = [topSpelling(spellings.get(head), head), ...(second ? [topSpelling(spellings.get(second[0]), second[0])] : [])];
    topics.push({ words, questions: members.length, people: new Set(members.map((q) => q.person)).size });
  }
  const shown = topics.reduce((n, t) => n + t.questions, 0);
  return { topics, questionsInSmallTopics: total - shown, questions: total };
}
