/**
 * `${{VAR}}` placeholders of the Agents Toolkit in JSON files (manifest, localization,
 * infra parameters). Values are substituted into parsed string values, never into raw JSON text,
 * so a value with quotes or backslashes cannot break the document.
 */

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** Variables that may legitimately be empty (e.g. no name suffix in production). */
export const MAY_BE_EMPTY = new Set(['APP_NAME_SUFFIX']);

/** Every placeholder name in a string or JSON value, in first-seen order, without duplicates. */
export function listPlaceholders(value: unknown): string[] {
  const found = new Set<string>();
  walkStrings(value, (s) => {
    for (const m of s.matchAll(PLACEHOLDER)) found.add(m[1]);
    return s;
  });
  return [...found];
}

/** Result of filling: the new value and the placeholder names that had no usable value. */
export interface FillResult<T> {
  value: T;
  missing: string[];
}

/**
 * Replaces placeholders from `vars`. A variable that is absent, or empty and not in MAY_BE_EMPTY,
 * is reported in `missing` and left as it was.
 */
export function fillPlaceholders<T>(value: T, vars: Record<string, string | undefined>): FillResult<T> {
  const missing = new Set<string>();
  const filled = walkStrings(value, (s) =>
    s.replace(PLACEHOLDER, (whole, name: string) => {
      const v = vars[name];
      if (v === undefined || (v.trim() === '' && !MAY_BE_EMPTY.has(name))) {
        missing.add(name);
        return whole;
      }
      return v;
    }),
  ) as T;
  return { value: filled, missing: [...missing] };
}

function walkStrings(value: unknown, fn: (s: string) => string): unknown {
  if (typeof value === 'string') return fn(value);
  if (Array.isArray(value)) return value.map((v) => walkStrings(v, fn));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = walkStrings(v, fn);
    return out;
  }
  return value;
}
