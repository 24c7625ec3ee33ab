// @ts-check
/**
 * An item body with its entity mentions as links and its evidence sentences marked. The text is
 * only ever added as text nodes.
 */
import { h, link } from '../dom.js';

/**
 * @typedef {{ start: number, end: number, kind: 'mention' | 'evidence', ref: string, label: string }} Span
 */

/**
 * Spans of one kind, sorted, with overlapping ones dropped (the first wins).
 * @param {Span[]} spans
 * @param {'mention' | 'evidence'} kind
 * @param {number} length
 */
function disjoint(spans, kind, length) {
  const out = [];
  let end = 0;
  for (const span of spans.filter((x) => x.kind === kind).sort((a, b) => a.start - b.start)) {
    if (span.start >= end && span.end <= length && span.end > span.start) {
      out.push(span);
      end = span.end;
    }
  }
  return out;
}

/**
 * Text from `start` to `end` with the mentions fully inside it as links.
 * @param {string} text @param {number} start @param {number} end @param {Span[]} mentions
 * @param {(id: string) => string} title
 */
function withMentions(text, start, end, mentions, title) {
  /** @type {(Node | string)[]} */
  const out = [];
  let at = start;
  for (const m of mentions) {
    if (m.start < at || m.end > end) continue;
    if (m.start > at) out.push(text.slice(at, m.start));
    out.push(h('a', { class: `mention type-${m.label}`, href: link('entity', m.ref), title: title(m.ref) }, text.slice(m.start, m.end)));
    at = m.end;
  }
  if (at < end) out.push(text.slice(at, end));
  return out;
}

/**
 * The marked body.
 * @param {string} text
 * @param {Span[]} spans
 * @param {(id: string) => string} title tooltip of an entity link
 * @returns {HTMLElement}
 */
export function markedText(text, spans, title) {
  const mentions = disjoint(spans, 'mention', text.length);
  const evidence = disjoint(spans, 'evidence', text.length);
  const body = h('div', { class: 'body-text' });
  let at = 0;
  for (const e of evidence) {
    if (e.start > at) body.append(...withMentions(text, at, e.start, mentions, title));
    body.append(h('mark', { class: 'evidence', title: `evidence of a ${e.label} event`, 'data-event': e.ref }, ...withMentions(text, e.start, e.end, mentions, title)));
    at = e.end;
  }
  body.append(...withMentions(text, at, text.length, mentions, title));
  return body;
}
