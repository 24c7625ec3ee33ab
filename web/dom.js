// @ts-check
/**
 * Building DOM nodes safely: every string becomes a text node or an attribute value, never markup.
 * No markup is ever parsed from strings anywhere in the UI.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * @typedef {string | number | Node | null | undefined | false} Child
 * @typedef {Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>} Attrs
 */

/**
 * Sets attributes and event handlers (keys starting with `on`).
 * @param {Element} el
 * @param {Attrs} attrs
 */
function apply(el, attrs) {
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(key.slice(2).toLowerCase(), value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
}

/**
 * Appends children: strings and numbers as text nodes.
 * @param {Element} el
 * @param {Child[]} children
 */
function append(el, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/**
 * An HTML element.
 * @param {string} tag
 * @param {Attrs} [attrs]
 * @param {...(Child | Child[])} children
 * @returns {HTMLElement}
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  apply(el, attrs);
  append(el, /** @type {Child[]} */ (children.flat()));
  return el;
}

/**
 * An SVG element.
 * @param {string} tag
 * @param {Attrs} [attrs]
 * @param {...(Child | Child[])} children
 * @returns {SVGElement}
 */
export function s(tag, attrs = {}, ...children) {
  const el = /** @type {SVGElement} */ (document.createElementNS(SVG_NS, tag));
  apply(el, attrs);
  append(el, /** @type {Child[]} */ (children.flat()));
  return el;
}

/**
 * The hash link to a page of the UI.
 * @param {'story' | 'entity' | 'item'} kind
 * @param {string} id
 */
export function link(kind, id) {
  return `#/${kind}/${encodeURIComponent(id)}`;
}

/**
 * A date as shown: the ISO date, with the time when known.
 * @param {string | null | undefined} iso
 */
export function shortDate(iso) {
  if (!iso) return 'undated';
  return iso.length > 10 ? iso.slice(0, 16).replace('T', ' ') : iso;
}

/**
 * A time range as shown: one date when both ends are the same.
 * @param {string | null | undefined} first
 * @param {string | null | undefined} last
 */
export function dateRange(first, last) {
  return shortDate(first) === shortDate(last) ? shortDate(first) : `${shortDate(first)} – ${shortDate(last)}`;
}

/** Quotation marks a sentence may already open or close with (straight, curly, guillemets, low-9). */
const QUOTE_MARKS = /^["'“”„‘’‚«»‹›]|["'“”„‘’‚«»‹›]$/;

/**
 * A quoted evidence sentence: `<q>` adds the quotation marks, unless the sentence already opens or
 * closes with one (a quote in the article), which would show doubled marks.
 * @param {string} sentence
 */
export function quoted(sentence) {
  return QUOTE_MARKS.test(sentence.trim()) ? h('q', { class: 'as-written' }, sentence) : h('q', {}, sentence);
}
