/**
 * Regenerates vendor/openthesaurus-de/stems.txt: the Snowball stem of every single word of the
 * OpenThesaurus word list, one per line, sorted. Stemming 70,000 words takes seconds, so it is
 * done here once instead of at every start. Run after updating openthesaurus.txt or changing
 * the stemmer: `npx tsx scripts/build-lexicon-stems.ts` (a test checks the file is current).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { lexiconStems, parseThesaurus } from '../src/knowledge/analysis/lexicon.js';

const dir = path.resolve('vendor', 'openthesaurus-de');
const { words } = parseThesaurus(readFileSync(path.join(dir, 'openthesaurus.txt'), 'utf8'));
writeFileSync(path.join(dir, 'stems.txt'), `${lexiconStems(words).join('\n')}\n`);
