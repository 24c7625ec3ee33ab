/**
 * The small part of the DOM that extraction uses, typed structurally (the project compiles
 * without the DOM library), and parsing with linkedom.
 */
import { parseHTML } from 'linkedom';

/** A DOM node as linkedom provides it. */
export interface DomNode {
  readonly nodeType: number;
  readonly parentNode: DomNode | null;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
  readonly textContent: string | null;
}

/** A list of elements returned by a query. */
export interface DomElementList extends Iterable<DomElement> {
  readonly length: number;
}

/** A DOM element. */
export interface DomElement extends DomNode {
  readonly tagName: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelectorAll(selectors: string): DomElementList;
  querySelector(selectors: string): DomElement | null;
}

/** A parsed HTML document. */
export interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  querySelectorAll(selectors: string): DomElementList;
  querySelector(selectors: string): DomElement | null;
}

/** Node type of an element. */
export const ELEMENT_NODE = 1;
/** Node type of a text node. */
export const TEXT_NODE = 3;

/** Parses HTML into a linkedom document. May throw on pathological input; callers catch. */
export function parseDocument(html: string): DomDocument {
  const window = parseHTML(html) as unknown as { document: DomDocument };
  return window.document;
}

/** Lower-case tag name of a node, or '' for non-elements. */
export function tagOf(node: DomNode): string {
  return node.nodeType === ELEMENT_NODE ? (node as DomElement).tagName.toLowerCase() : '';
}

/** Text of a node with runs of white space collapsed. */
export function cleanText(node: DomNode | null): string {
  return (node?.textContent ?? '').replace(/\s+/gu, ' ').trim();
}

/** The nearest ancestor (or the node itself) for which `test` holds, or null. */
export function closest(node: DomNode, test: (element: DomElement) => boolean): DomElement | null {
  for (let current: DomNode | null = node; current; current = current.parentNode) {
    if (current.nodeType === ELEMENT_NODE && test(current as DomElement)) return current as DomElement;
  }
  return null;
}

/** Visitor of {@link walk}: `enter` returns false to skip an element's subtree. */
export interface DomVisitor {
  enter(element: DomElement): boolean;
  leave(element: DomElement): void;
  text(value: string): void;
}

/**
 * Walks the subtree under `root` in document order without recursion (so 10,000-deep nesting
 * cannot overflow the stack). `leave` is called for every element `enter` accepted.
 */
export function walk(root: DomNode, visitor: DomVisitor): void {
  let node: DomNode | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === ELEMENT_NODE) {
      const element = node as DomElement;
      if (visitor.enter(element)) {
        if (element.firstChild) descend = true;
        else visitor.leave(element);
      }
    } else if (node.nodeType === TEXT_NODE) {
      visitor.text(node.textContent ?? '');
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && node.nodeType === ELEMENT_NODE) visitor.leave(node as DomElement);
    }
    if (!node || node === root) break;
    node = node.nextSibling;
  }
}
