/**
 * A quick upper estimate of how deeply a page nests its elements, from the tags alone, so
 * pathological pages can be kept away from Readability's recursion.
 */

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param']);
/** Elements whose end tag is often omitted; counting them would overstate the depth of sloppy HTML. */
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'colgroup', 'rt', 'rp']);

/** Nesting depth of `html`, counted up to `limit` (returns as soon as the limit is passed). */
export function nestingDepth(html: string, limit: number): number {
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*>/gu;
  let depth = 0;
  let deepest = 0;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    const name = (match[2] ?? '').toLowerCase();
    if (VOID.has(name) || OPTIONAL_END.has(name) || match[0].endsWith('/>')) continue;
    if (match[1] === '/') depth = Math.max(0, depth - 1);
    else depth++;
    if (depth > deepest) {
      deepest = depth;
      if (deepest > limit) return deepest;
    }
  }
  return deepest;
}
