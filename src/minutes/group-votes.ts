/**
 * Resolves the group lists of a session's votes: "der Rest des Hauses" and "einstimmig" become the
 * groups that voted in this session; "der Kollege Kahnt" becomes the member's full name when the
 * session knows it; "der fraktionslose Kollege" becomes the one member without a group named in
 * this session's votes, or stays a placeholder that makes the decision "unsicher".
 */
import type { MinutesItem } from './draft-schema.js';
import { normaliseGroup, REST_OF_HOUSE, UNNAMED_INDEPENDENT, WHOLE_HOUSE } from './vocabulary.js';

const UNNAMED_LABEL = 'fraktionsloses Mitglied (bitte Namen prüfen)';
const PLACEHOLDERS = new Set([REST_OF_HOUSE, WHOLE_HOUSE, UNNAMED_INDEPENDENT]);
const CANONICAL = new Set(['CDU', 'CSU', 'SPD', 'BÜNDNIS 90/DIE GRÜNEN', 'AfD', 'Freie Demokraten', 'DIE LINKE', 'Freie Wähler', 'BSW', 'Volt', 'Die PARTEI', 'ÖDP', 'UWG', 'Piraten']);

/** "der fraktionslose Abg. Kahnt", "die fraktionslose Kollegin Dr. Vogel": the session names its member without a group. */
const NAMED_INDEPENDENT = /fraktionslose[rn]?\s+(?:Abg\.|Abgeordnete[rn]?|Kollege[n]?|Kollegin|Mitglied|Stadtverordnete[rn]?|Ratsherr|Ratsfrau)\s+((?:Dr\.\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)/gu;

/** Members the session's talk names as without a group (for "der fraktionslose Abgeordnete" in a vote). */
export function namedIndependents(texts: string[], known: string[]): string[] {
  const out = new Set<string>();
  for (const t of texts) for (const m of t.matchAll(NAMED_INDEPENDENT)) {
    const last = normaliseGroup(m[1]);
    const hits = known.filter((k) => normaliseGroup(k) === last);
    out.add(hits.length === 1 ? hits[0] : m[1]);
  }
  return [...out];
}

const unnamedSeenAnywhere = (items: MinutesItem[]) => items.some((i) => i.decisions.some((d) => d.votesByGroup && [d.votesByGroup.yes, d.votesByGroup.no, d.votesByGroup.abstain].some((l) => l.includes(UNNAMED_INDEPENDENT))));

export function resolveGroupVotes(items: MinutesItem[], known: string[], independentsNamed: string[] = []): void {
  const fullName = (label: string) => {
    if (CANONICAL.has(label) || PLACEHOLDERS.has(label)) return label;
    const last = normaliseGroup(label);
    const hits = known.filter((k) => normaliseGroup(k) === last);
    return hits.length === 1 ? hits[0] : label;
  };
  // Everyone the session's votes name: groups and individual members.
  const members: string[] = [];
  const add = (x: string) => {
    if (!PLACEHOLDERS.has(x) && !members.some((m) => normaliseGroup(m) === normaliseGroup(x))) members.push(x);
  };
  for (const item of items) for (const d of item.decisions) for (const list of d.votesByGroup ? [d.votesByGroup.yes, d.votesByGroup.no, d.votesByGroup.abstain] : []) for (const x of list) add(fullName(x));
  const independents = members.filter((m) => !CANONICAL.has(m));
  // Named once in the talk ("Als Nächster spricht der fraktionslose Abg. Kahnt"): the one member without a group.
  if (!independents.length && independentsNamed.length === 1 && unnamedSeenAnywhere(items)) {
    independents.push(independentsNamed[0]);
    members.push(independentsNamed[0]);
  }
  // "der fraktionslose Abgeordnete" without a name anywhere: a member the lists must account for.
  const unnamedSeen = items.some((i) => i.decisions.some((d) => d.votesByGroup && [d.votesByGroup.yes, d.votesByGroup.no, d.votesByGroup.abstain].some((l) => l.includes(UNNAMED_INDEPENDENT))));
  const unnamedMember = unnamedSeen && !independents.length;
  for (const item of items) {
    for (const d of item.decisions) {
      const v = d.votesByGroup;
      if (!v) continue;
      const lists = [v.yes, v.no, v.abstain].map((l) => l.map(fullName));
      let unresolved = false;
      const named = new Set(lists.flat().filter((x) => !PLACEHOLDERS.has(x)).map(normaliseGroup));
      const resolved = lists.map((list) =>
        list.flatMap((x) => {
          if (x === REST_OF_HOUSE || x === WHOLE_HOUSE) {
            const all = x === WHOLE_HOUSE ? members : members.filter((m) => !named.has(normaliseGroup(m)));
            if (!unnamedMember || lists.flat().includes(UNNAMED_INDEPENDENT)) return all;
            unresolved = true;
            return [...all, UNNAMED_LABEL];
          }
          if (x === UNNAMED_INDEPENDENT) {
            const open = independents.filter((m) => !named.has(normaliseGroup(m)));
            if (open.length === 1) return open;
            unresolved = true;
            return [UNNAMED_LABEL];
          }
          return [x];
        }),
      );
      const result = { yes: [...new Set(resolved[0])], no: [...new Set(resolved[1])], abstain: [...new Set(resolved[2])] };
      // Groups named one by one that leave out someone who votes elsewhere in this session (abstentions
      // not asked for, a member forgotten): the list is incomplete, not sure.
      const listed = new Set([...result.yes, ...result.no, ...result.abstain].map(normaliseGroup));
      const session = [...members, ...(unnamedMember ? [UNNAMED_LABEL] : [])];
      const missing = session.filter((m) => !listed.has(normaliseGroup(m)));
      if (listed.size && missing.length && !lists.flat().some((x) => x === REST_OF_HOUSE || x === WHOLE_HOUSE) && d.status === 'sicher') {
        d.status = 'unsicher';
        d.uncertain = true;
        d.reasons.push(`nicht genannt: ${missing.join(', ')} (Enthaltungen nicht abgefragt?)`);
      }
      // "einstimmig" in a session where no group was ever named says nothing about groups.
      d.votesByGroup = result.yes.length || result.no.length || result.abstain.length ? result : null;
      if (unresolved && d.status === 'sicher') {
        d.status = 'unsicher';
        d.uncertain = true;
        d.reasons.push('fraktionsloses Mitglied ohne Namen');
      }
    }
  }
}
