/**
 * Regenerates the compact lexicon files in vendor/openthesaurus-de from openthesaurus.txt:
 * words.txt (normalised single words), synsets.txt (normalised synonym sets, `;`-separated),
 * stems.txt (Snowball stems of the words), colloquial.txt (colloquial words of large sets with
 * the standard words they stand for) and lowercase.txt (words never written capitalised, so not
 * nouns: verbs, adjectives, adverbs). Parsing annotations and stemming 70,000 words takes
 * seconds, so it is done here once instead of at every start. Run after updating
 * openthesaurus.txt or changing the analysis: `npx tsx scripts/build-lexicon.ts` (a test checks
 * the files are current).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compactLexicon, parseThesaurus } from '../src/knowledge/analysis/lexicon.js';

const dir = path.resolve('vendor', 'openthesaurus-de');
const { words, sets, colloquial, lowercase } = parseThesaurus(readFileSync(path.join(dir, 'openthesaurus.txt'), 'utf8'));
const compact = compactLexicon(words, sets, colloquial, lowercase);
writeFileSync(path.join(dir, 'words.txt'), compact.words);
writeFileSync(path.join(dir, 'synsets.txt'), compact.synsets);
writeFileSync(path.join(dir, 'stems.txt'), compact.stems);
writeFileSync(path.join(dir, 'colloquial.txt'), compact.colloquial);
writeFileSync(path.join(dir, 'lowercase.txt'), compact.lowercase);
