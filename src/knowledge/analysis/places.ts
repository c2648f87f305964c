/**
 * Place names in a question ("… zu nem Termin nach Köln", "in Talheim", "Stadt Rheinfeld"). A
 * place says where something happens — the destination of a trip, the town of the asking
 * administration — rather than what the question is about; the folder rarely names it, and
 * when it does (the city's own name on every letterhead) it names it everywhere. The question
 * analysis (lexical-index.ts) lets such a word weigh no more than an unknown word and never
 * count as a noun the folder lacks, so it cannot veto a passage that answers the rest.
 *
 * The names come from the GeoNames gazetteer (vendor/geonames-places, CC BY 4.0), built by
 * scripts/build-places.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRootFrom } from '../../admin/project-root.js';
import { isStopWord, normalizeWord, tokenMatches } from './german.js';

/** Countries whose places a German-speaking administration's staff name. */
const COUNTRIES = new Set(['DE', 'AT', 'CH']);
/** Short words joining a place's name to the river or region that tells it apart ("Frankfurt am Main"). */
const NAME_JOINERS = new Set(['am', 'an', 'im', 'in', 'ob', 'bei', 'vor', 'unter']);

/** Normalised one-word names (and first words of "X am Y" names) of the gazetteer's places, sorted. */
export function placeNamesFromGazetteer(cities: readonly { name: string; country: string }[]): string[] {
  const out = new Set<string>();
  for (const c of cities) {
    if (!COUNTRIES.has(c.country)) continue;
    const words = c.name.split(/\s+/);
    if (words.length === 1 || (words.length >= 3 && NAME_JOINERS.has(words[1]))) {
      const w = words[0];
      if (/^\p{Lu}\p{Ll}+$/u.test(w) && w.length >= 3) out.add(normalizeWord(w));
    }
  }
  return [...out].sort();
}

let shared: ReadonlySet<string> | undefined;

/** The built-in gazetteer names, read once. */
export function gazetteer(): ReadonlySet<string> {
  if (!shared) {
    const file = path.join(projectRootFrom(import.meta.url), 'vendor', 'geonames-places', 'places.txt');
    shared = new Set(readFileSync(file, 'utf8').split('\n').filter(Boolean));
  }
  return shared;
}

/** Prepositions after which a gazetteer name that is also a common word ("Essen", "Halle") is a place. */
const PLACE_PREPOSITIONS = new Set(['nach', 'in', 'aus']);
/** Words naming a municipality, followed by its name ("Stadt Rheinfeld", "Gemeinde Talheim"). */
const MUNICIPALITY = new Set(['stadt', 'gemeinde', 'landkreis', 'kreis', 'samtgemeinde', 'verbandsgemeinde', 'markt', 'marktgemeinde']);

export interface PlaceContext {
  /** Normalised place names (gazetteer). */
  places: ReadonlySet<string>;
  /** True for a word of the general German lexicon ("Buch", "Halle", "Köln" too: OpenThesaurus lists big cities). */
  isWord(word: string): boolean;
}

/**
 * Normalised words of a question that name a place: a gazetteer name no German dictionary
 * lists ("Talheim", "Rheinfelden"); one it lists as well ("Köln", "Essen", "Buch") only after
 * "nach", "in" or "aus"; and the capitalised name after "Stadt", "Gemeinde" … ("Stadt Rheinfeld").
 */
export function placeWords(text: string, context: PlaceContext): Set<string> {
  const out = new Set<string>();
  const source = text.normalize('NFKC');
  const tokens = tokenMatches(text);
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i].token;
    if (w.length < 3 || isStopWord(w) || /\d/.test(w)) continue;
    const before = i > 0 ? tokens[i - 1].token : '';
    const capitalised = /^\p{Lu}\p{Ll}/u.test(source.slice(tokens[i].index, tokens[i].index + tokens[i].length));
    if (context.places.has(w) && (!context.isWord(w) || PLACE_PREPOSITIONS.has(before))) out.add(w);
    else if (capitalised && MUNICIPALITY.has(before) && !context.isWord(w)) out.add(w);
  }
  return out;
}
