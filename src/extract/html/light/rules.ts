/**
 * Tree-building rules of the light parser, as data: which elements are void, which hold raw
 * text, which belong in `<head>`, and which open tags close an element left open (HTML's
 * optional end tags: `<p>`, `<li>`, table cells …), each with the elements that bound the search.
 */

/** Elements that never have children. */
export const VOID_TAGS = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

/** Elements whose content is raw text up to their end tag (`decode`: character references are decoded). */
export const RAW_TEXT_TAGS = new Map<string, { decode: boolean }>([
  ['script', { decode: false }], ['style', { decode: false }], ['xmp', { decode: false }], ['iframe', { decode: false }],
  ['noembed', { decode: false }], ['noframes', { decode: false }], ['textarea', { decode: true }], ['title', { decode: true }],
]);

/** Elements that may stand in `<head>`; any other element (or text) starts the body. */
export const HEAD_TAGS = new Set(['meta', 'title', 'link', 'script', 'style', 'base', 'noscript', 'template']);

/** Elements that close an open `<p>` (HTML's "close a p element" list). */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'main', 'menu', 'nav', 'ol',
  'p', 'pre', 'section', 'summary', 'table', 'ul', 'li', 'dd', 'dt',
]);

/** One implied end: opening the tag closes the nearest open element of `closes`, unless a `bounds` element comes first. */
export interface ImpliedEnd {
  closes: ReadonlySet<string>;
  bounds: ReadonlySet<string>;
}

const P_BOUNDS = new Set(['html', 'body', 'table', 'td', 'th', 'caption', 'button', 'object', 'template', 'marquee', 'applet']);
const TABLE_SECTIONS = new Set(['tbody', 'thead', 'tfoot']);

/** Implied ends of an opening tag, in the order they are applied (shared lists: nothing is allocated per tag). */
export function impliedEnds(tag: string): readonly ImpliedEnd[] {
  const own = ownEnd(tag);
  if (CLOSES_P.has(tag)) return own ? (P_AND_OWN.get(own) as readonly ImpliedEnd[]) : P_ONLY;
  return own ? (OWN_ONLY.get(own) as readonly ImpliedEnd[]) : NONE;
}

/** The implied end an opening tag has of its own (a list item closes the one before …), if any. */
function ownEnd(tag: string): ImpliedEnd | null {
  if (tag === 'li') return LI_END;
  if (tag === 'dt' || tag === 'dd') return DD_END;
  if (tag === 'tr') return TR_END;
  if (tag === 'td' || tag === 'th') return CELL_END;
  if (TABLE_SECTIONS.has(tag)) return SECTION_END;
  if (tag === 'option' || tag === 'optgroup') return OPTION_END;
  return null;
}

const LI_END: ImpliedEnd = { closes: new Set(['li']), bounds: new Set(['ul', 'ol', 'menu', 'table', 'body']) };
const DD_END: ImpliedEnd = { closes: new Set(['dt', 'dd']), bounds: new Set(['dl', 'table', 'body']) };
const TR_END: ImpliedEnd = { closes: new Set(['tr']), bounds: new Set(['table', 'tbody', 'thead', 'tfoot', 'body']) };
const CELL_END: ImpliedEnd = { closes: new Set(['td', 'th']), bounds: new Set(['tr', 'table', 'body']) };
const SECTION_END: ImpliedEnd = { closes: new Set(['tbody', 'thead', 'tfoot']), bounds: new Set(['table', 'body']) };
const OPTION_END: ImpliedEnd = { closes: new Set(['option']), bounds: new Set(['select', 'datalist', 'body']) };

/**
 * How many open elements an end tag (or an implied end) searches for its match. Real pages
 * leave a handful of inline elements open; a bound keeps a page of 10,000 unclosed elements
 * linear instead of quadratic.
 */
export const MAX_END_TAG_SEARCH = 256;

const P_END: ImpliedEnd = { closes: new Set(['p']), bounds: P_BOUNDS };
const NONE: readonly ImpliedEnd[] = [];
const P_ONLY: readonly ImpliedEnd[] = [P_END];
const OWN_ENDS = [LI_END, DD_END, TR_END, CELL_END, SECTION_END, OPTION_END];
const OWN_ONLY = new Map<ImpliedEnd, readonly ImpliedEnd[]>(OWN_ENDS.map((end) => [end, [end]]));
const P_AND_OWN = new Map<ImpliedEnd, readonly ImpliedEnd[]>(OWN_ENDS.map((end) => [end, [P_END, end]]));
