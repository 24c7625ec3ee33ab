/**
 * The light HTML parser: one linear pass over the source builds a {@link LightDocument} (no
 * recursion, so 10,000-deep nesting is harmless). It follows HTML where extraction notices:
 * void and raw-text elements, optional end tags, stray end tags ignored, one `<html>`,
 * `<head>` and `<body>` always present, comments and doctypes dropped, character
 * references decoded. It is several times faster than a full DOM and never throws on markup.
 */
import { decodeEntities } from '../strip.js';
import { LightDocument, LightText, type LightElement } from './nodes.js';
import { HEAD_TAGS, impliedEnds, MAX_END_TAG_SEARCH, RAW_TEXT_TAGS, VOID_TAGS } from './rules.js';

const NAME = /[a-zA-Z][^\s/>\u0000]*/y;
const ATTRIBUTE = /[\s/]*([^\s"'>/=][^\s"'>/=]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?/y;
const rawEnds = new Map<string, RegExp>();

function rawEnd(tag: string): RegExp {
  let pattern = rawEnds.get(tag);
  if (!pattern) {
    pattern = new RegExp(`</${tag}[\\s/>]`, 'giu');
    rawEnds.set(tag, pattern);
  }
  return pattern;
}

const decode = (text: string): string => (text.includes('&') ? decodeEntities(text) : text);

/** Builder state: the open elements and whether the body has started. */
class Builder {
  readonly document = new LightDocument();
  readonly html: LightElement;
  readonly head: LightElement;
  private body: LightElement | null = null;
  private readonly stack: LightElement[] = [];
  private readonly bodyAttributes = new Map<string, string>();
  private foreign = 0;

  constructor() {
    const d = this.document;
    this.html = d.create('html', new Map());
    this.head = d.create('head', new Map());
    this.head.end = this.head.order;
    d.append(this.html);
    this.html.append(this.head);
    d.documentElement = this.html;
    d.head = this.head;
  }

  private get inBody(): boolean {
    return this.body !== null;
  }

  /** Creates `<body>` (numbered after every element of `<head>`, so ranges stay contiguous). */
  private startBody(): LightElement {
    if (this.body) return this.body;
    const body = this.document.create('body', this.bodyAttributes);
    this.html.append(body);
    this.document.body = body;
    this.stack.push(body);
    this.body = body;
    return body;
  }

  private get top(): LightElement {
    return this.stack[this.stack.length - 1] as LightElement;
  }

  private pop(): void {
    const element = this.stack.pop() as LightElement;
    element.end = this.document.nextOrder - 1;
    if (element.tagName === 'svg' || element.tagName === 'math') this.foreign--;
  }

  /** Closes the nearest open element among `closes`, searching down to a `bounds` element. */
  private closeNearest(closes: ReadonlySet<string>, bounds: ReadonlySet<string> | null): boolean {
    const floor = Math.max(1, this.stack.length - MAX_END_TAG_SEARCH); // never the body itself
    for (let i = this.stack.length - 1; i >= floor; i--) {
      const tag = (this.stack[i] as LightElement).tagName;
      if (closes.has(tag)) {
        while (this.stack.length > i) this.pop();
        return true;
      }
      if (bounds?.has(tag)) return false;
    }
    return false;
  }

  /** Adds decoded text. */
  text(value: string): void {
    if (value === '') return;
    if (!this.inBody) {
      if (value.trim() === '') return;
      this.startBody();
    }
    this.top.append(new LightText(value));
  }

  /** Opens (or, for void and self-closed foreign elements, adds) an element; returns it. */
  open(tag: string, attributes: Map<string, string>, selfClosing: boolean): LightElement | null {
    if (tag === 'html' || tag === 'body' || tag === 'head') {
      const target = tag === 'html' ? this.html.attributes : tag === 'head' ? this.head.attributes : (this.body?.attributes ?? this.bodyAttributes);
      for (const [name, value] of attributes) if (!target.has(name)) target.set(name, value);
      if (tag === 'body') this.startBody();
      return null;
    }
    const inHead = !this.inBody && HEAD_TAGS.has(tag);
    if (!inHead) this.startBody();
    if (!inHead && this.foreign === 0) for (const end of impliedEnds(tag)) this.closeNearest(end.closes, end.bounds);
    const element = this.document.create(tag, attributes);
    (inHead ? this.head : this.top).append(element);
    const foreignClosed = selfClosing && (this.foreign > 0 || tag === 'svg' || tag === 'math');
    if (VOID_TAGS.has(tag) || foreignClosed || inHead) {
      element.end = element.order;
      if (inHead) this.head.end = element.order;
      return element;
    }
    if (tag === 'svg' || tag === 'math') this.foreign++;
    this.stack.push(element);
    return element;
  }

  /** Closes the nearest open element named `tag`, if one is open near enough. */
  close(tag: string): void {
    if (tag === 'body' || tag === 'html' || tag === 'head') return;
    const floor = Math.max(1, this.stack.length - MAX_END_TAG_SEARCH); // never the body itself
    for (let i = this.stack.length - 1; i >= floor; i--) {
      if ((this.stack[i] as LightElement).tagName === tag) {
        while (this.stack.length > i) this.pop();
        return;
      }
    }
  }

  /** Closes everything still open. */
  finish(): LightDocument {
    this.startBody();
    while (this.stack.length > 0) this.pop();
    this.html.end = this.document.nextOrder - 1;
    return this.document;
  }
}

/** Reads a start tag's attributes from `at`; returns them, whether it ends in `/>`, and the index after `>`. */
function readAttributes(html: string, at: number): { attributes: Map<string, string>; selfClosing: boolean; next: number } {
  const attributes = new Map<string, string>();
  let i = at;
  for (;;) {
    ATTRIBUTE.lastIndex = i;
    const match = ATTRIBUTE.exec(html);
    if (!match) break;
    const name = (match[1] ?? '').toLowerCase();
    const value = match[2] ?? match[3] ?? match[4] ?? '';
    if (!attributes.has(name)) attributes.set(name, decode(value));
    i = ATTRIBUTE.lastIndex;
  }
  while (i < html.length && html[i] !== '>') i++;
  return { attributes, selfClosing: html[i - 1] === '/', next: i + 1 };
}

/** Parses `html` into a light document. Time and memory are linear in the input; it never throws on markup. */
export function parseLight(html: string): LightDocument {
  const builder = new Builder();
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      builder.text(decode(html.slice(i)));
      break;
    }
    if (lt > i) builder.text(decode(html.slice(i, lt)));
    const next = html.charCodeAt(lt + 1);
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      const end = html.indexOf('>', lt + 2);
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    const closing = next === 47; /* / */
    NAME.lastIndex = lt + (closing ? 2 : 1);
    const name = NAME.exec(html);
    if (!name) {
      builder.text('<');
      i = lt + 1;
      continue;
    }
    const tag = name[0].toLowerCase();
    if (closing) {
      const end = html.indexOf('>', NAME.lastIndex);
      builder.close(tag);
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    const { attributes, selfClosing, next: after } = readAttributes(html, NAME.lastIndex);
    const element = builder.open(tag, attributes, selfClosing);
    i = after;
    const raw = RAW_TEXT_TAGS.get(tag);
    if (raw && element && !selfClosing) {
      const pattern = rawEnd(tag);
      pattern.lastIndex = i;
      const end = pattern.exec(html);
      const stop = end ? end.index : html.length;
      const content = html.slice(i, stop);
      if (content !== '') element.append(new LightText(raw.decode ? decode(content) : content));
      if (element !== null) builder.close(tag);
      const gt = end ? html.indexOf('>', stop) : -1;
      i = gt < 0 ? html.length : gt + 1;
    }
  }
  return builder.finish();
}
