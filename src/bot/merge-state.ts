/**
 * Three-way merge of JSON state (pure): `base` as both writers read it, `ours` (the write that
 * lost the race) and `theirs` (what is stored now). Per field: a side that left it unchanged
 * takes the other side's value (also a deletion); objects changed on both sides merge field by
 * field; lists both sides only appended to get both appends (theirs first; a sliding window keeps
 * its length, dropping the oldest); any other clash goes
 * to `ours`, the later writer. Without a base (not cached) every field of ours wins over theirs,
 * fields only theirs has are kept.
 */
type Json = unknown;

const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function jsonEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => jsonEqual(a[k], b[k]));
  }
  return false;
}

/**
 * The items `list` appended to `base`, also when it then dropped the oldest ones (a sliding window
 * such as the last turns of a chat): `list` must start with a tail of `base`. Undefined otherwise.
 */
function appended(list: Json[], base: Json[]): Json[] | undefined {
  if (!base.length) return list;
  for (let k = Math.min(base.length, list.length); k >= 1; k--) {
    const tail = base.slice(base.length - k);
    if (tail.every((x, i) => jsonEqual(x, list[i]))) return list.slice(k);
  }
  return undefined;
}

function mergeValue(original: Json, ours: Json, theirs: Json): Json {
  // A list or object both sides created counts as created from empty.
  const base = original === undefined && Array.isArray(ours) && Array.isArray(theirs) ? [] : original === undefined && isObject(ours) && isObject(theirs) ? {} : original;
  if (jsonEqual(ours, base)) return theirs;
  if (jsonEqual(theirs, base) || jsonEqual(ours, theirs)) return ours;
  if (isObject(base) && isObject(ours) && isObject(theirs)) return mergeState(base, ours, theirs);
  if (Array.isArray(base) && Array.isArray(ours) && Array.isArray(theirs)) {
    const oursNew = appended(ours, base);
    if (oursNew && appended(theirs, base)) {
      const merged = [...theirs, ...oursNew];
      // A window that both sides trimmed stays as long as the longer of them.
      const trimmed = ours.length < base.length + oursNew.length;
      return trimmed ? merged.slice(-Math.max(ours.length, theirs.length)) : merged;
    }
  }
  return ours;
}

export function mergeState(base: Record<string, Json> | undefined, ours: Record<string, Json>, theirs: Record<string, Json>): Record<string, Json> {
  if (!base) return { ...theirs, ...ours };
  const out: Record<string, Json> = {};
  for (const key of new Set([...Object.keys(base), ...Object.keys(ours), ...Object.keys(theirs)])) {
    const merged = mergeValue(base[key], ours[key], theirs[key]);
    if (merged !== undefined) out[key] = merged;
  }
  return out;
}
