/**
 * A linear upper bound on the nesting depth of HTML: recursive HTML walkers (html-to-text, DOM
 * walks, and htmlparser2's own stack search) go quadratic or overflow the stack on thousands of
 * unclosed nested tags, so callers refuse such input before handing it over. Implied closes are
 * not modelled (an unclosed <p> counts as open), so the bound errs on the side of refusing.
 */
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*?(\/?)>/g;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'o:p']);

export function htmlDepthExceeds(html: string, maxDepth: number): boolean {
  let depth = 0;
  for (const m of html.matchAll(TAG)) {
    const [, closing, name, selfClosing] = m;
    if (closing) depth = Math.max(0, depth - 1);
    else if (!selfClosing && !VOID.has(name.toLowerCase())) {
      depth++;
      if (depth > maxDepth) return true;
    }
  }
  return false;
}
