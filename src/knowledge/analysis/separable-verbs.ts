/**
 * Separable verbs split in a question: the particle closes the clause, far from its verb ("wo
 * schmeiß ich alte Akten weg?", "wann hol ich den Ausweis ab?"). Alone, the verb names something
 * else ("schmeißen" a party) and the particle is a stop word; joined they name what is asked
 * ("wegschmeißen": entsorgen, wegwerfen). Only joins the general lexicon lists as a verb count.
 */
import { SEPARABLE, tokenMatches, verbForms } from './german.js';

export interface SeparableVerb {
  /** The verb as written in the question ("schmeiss"). */
  verb: string;
  /** The joined infinitive ("wegschmeissen"). */
  joined: string;
}

/** Clause ends: punctuation and dashes. */
const CLAUSE = /[,.;:!?()\u2013\u2014]+|\s-\s/u;

/**
 * The separable verbs of a text whose particle is the last word of a clause; `isVerb` tells
 * whether a normalised word is a verb of the lexicon.
 */
export function separableVerbs(text: string, isVerb: (w: string) => boolean): SeparableVerb[] {
  const out: SeparableVerb[] = [];
  for (const clause of text.normalize('NFKC').split(CLAUSE)) {
    const tokens = tokenMatches(clause).map((t) => t.token);
    const particle = tokens.at(-1);
    if (!particle || tokens.length < 2 || !SEPARABLE.includes(particle)) continue;
    for (const verb of tokens.slice(0, -1)) {
      const joined = [verb, ...verbForms(verb), `${verb}en`, `${verb}n`].map((f) => `${particle}${f}`).find(isVerb);
      if (joined) {
        out.push({ verb, joined });
        break;
      }
    }
  }
  return out;
}
