/**
 * The last-resort HTML reader: a linear tag stripper (no DOM, no recursion, no regular
 * expression that can backtrack badly). Block tags become line breaks; script and style
 * content is dropped; common character references are decoded.
 */

import { NAMED_REFERENCES } from './entities.js';

const SKIP_CONTENT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'object', 'textarea']);
const BREAK_TAGS = new Set([
  'p', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'tr', 'table', 'article', 'section', 'header',
  'footer', 'nav', 'aside', 'main', 'blockquote', 'pre', 'figure', 'figcaption', 'hr', 'dd', 'dt', 'title', 'body',
]);

/** Decodes numeric and named character references (HTML 4.01's names, `entities.ts`); a soft hyphen (`&shy;`) is dropped: it only marks where a word may break. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,8});/gu, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return body === 'shy' ? '' : (NAMED_REFERENCES.get(body) ?? whole);
  });
}

function tagName(html: string, start: number): string {
  let end = start;
  while (end < html.length && /[a-zA-Z0-9-]/u.test(html[end] ?? '')) end++;
  return html.slice(start, end).toLowerCase();
}

/** Index just after the closing tag `</name…>` at or after `from`, or the end of the input. */
function skipPast(html: string, name: string, from: number): number {
  let at = from;
  for (;;) {
    const close = html.indexOf('</', at);
    if (close < 0) return html.length;
    if (html.slice(close + 2, close + 2 + name.length).toLowerCase() === name) {
      const gt = html.indexOf('>', close);
      return gt < 0 ? html.length : gt + 1;
    }
    at = close + 2;
  }
}

/** The visible text of `html`, one block a line. Runs in time linear in the input. */
export function stripTags(html: string): string {
  const out: string[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out.push(html.slice(i));
      break;
    }
    out.push(html.slice(i, lt));
    const next = html[lt + 1] ?? '';
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const closing = next === '/';
    const opensTag = /[a-zA-Z!?]/u.test(closing ? (html[lt + 2] ?? '') : next);
    if (!opensTag) {
      out.push('<');
      i = lt + 1;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) break;
    const name = tagName(html, lt + (closing ? 2 : 1));
    if (!closing && SKIP_CONTENT.has(name)) {
      out.push('\n');
      i = skipPast(html, name, gt + 1);
      continue;
    }
    if (BREAK_TAGS.has(name)) out.push('\n');
    i = gt + 1;
  }
  return decodeEntities(out.join(''))
    .replace(/[ \t\f\v\u00a0]+/gu, ' ')
    .replace(/ ?\n ?/gu, '\n')
    .replace(/\n{3,}/gu, '\n\n');
}
