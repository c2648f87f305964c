/**
 * Three-way merge of JSON state (pure): `base` as both writers read it, `ours` (the write that
 * lost the race) and `theirs` (what is stored now). Per field: a side that left it unchanged
 * takes the other side's value (also a deletion); objects changed on both sides merge field by
 * field; lists both sides only appended to get both appends (theirs first); any other clash goes
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

const startsWith = (list: Json[], prefix: Json[]) => prefix.length <= list.length && prefix.every((x, i) => jsonEqual(x, list[i]));

function mergeValue(base: Json, ours: Json, theirs: Json): Json {
  if (jsonEqual(ours, base)) return theirs;
  if (jsonEqual(theirs, base) || jsonEqual(ours, theirs)) return ours;
  if (isObject(base) && isObject(ours) && isObject(theirs)) return mergeState(base, ours, theirs);
  if (Array.isArray(base) && Array.isArray(ours) && Array.isArray(theirs) && startsWith(ours, base) && startsWith(theirs, base)) {
    return [...theirs, ...ours.slice(base.length)];
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
