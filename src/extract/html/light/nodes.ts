/**
 * The nodes of Dossier's light DOM: just what extraction reads (tag, attributes, children,
 * text), implementing the structural {@link DomElement}/{@link DomDocument} interfaces of
 * `../dom.ts` so every reader works on it unchanged. Elements are numbered in document order
 * as they are created (`order`) and know the number of their last descendant (`end`), so a
 * query is a range look-up in the document's tag index instead of a tree walk.
 */
import type { DomDocument, DomElement, DomElementList, DomNode } from '../dom.js';
import { ELEMENT_NODE, TEXT_NODE } from '../dom.js';
import { matchesAny, parseSelector, type Compound } from './select.js';

/** Node type of the document node. */
const DOCUMENT_NODE = 9;

/** Links of a node in its parent's child list. */
abstract class LightNodeBase {
  abstract readonly nodeType: number;
  /** The parent node (null for the document). */
  parentNode: LightParent | null = null;
  /** The first child (null for text and empty elements). */
  firstChild: LightNodeBase | null = null;
  /** The next sibling. */
  nextSibling: LightNodeBase | null = null;
  abstract readonly textContent: string | null;
}

/** A text node. */
export class LightText extends LightNodeBase implements DomNode {
  /** Always {@link TEXT_NODE}. */
  readonly nodeType = TEXT_NODE;
  /** @param data the decoded text */
  constructor(public data: string) {
    super();
  }
  /** The text itself. */
  get textContent(): string {
    return this.data;
  }
}

/** Concatenated text of the descendants of `node`, without recursion. */
function textUnder(node: LightNodeBase): string {
  const parts: string[] = [];
  let current: LightNodeBase | null = node.firstChild;
  while (current) {
    if (current instanceof LightText) parts.push(current.data);
    if (current.firstChild) {
      current = current.firstChild;
      continue;
    }
    while (current && current !== node && !current.nextSibling) current = current.parentNode;
    if (!current || current === node) break;
    current = current.nextSibling;
  }
  return parts.join('');
}

/** A node that holds children: an element or the document. */
abstract class LightParent extends LightNodeBase {
  /** The last child, for appending in O(1). */
  lastChild: LightNodeBase | null = null;
  /** Appends `child` as the last child. */
  append(child: LightNodeBase): void {
    child.parentNode = this;
    if (this.lastChild) this.lastChild.nextSibling = child;
    else this.firstChild = child;
    this.lastChild = child;
  }
  /** Text of all descendants. */
  get textContent(): string {
    return textUnder(this);
  }
}

/** An element. */
export class LightElement extends LightParent implements DomElement {
  /** Always {@link ELEMENT_NODE}. */
  readonly nodeType = ELEMENT_NODE;
  /** Number of the last element in this subtree (set when the element closes). */
  end: number;
  /**
   * @param tagName lower-case tag name
   * @param attributes attribute values by lower-case name
   * @param order number of the element in document order
   * @param owner the document the element belongs to
   */
  constructor(
    public readonly tagName: string,
    public readonly attributes: Map<string, string>,
    public readonly order: number,
    private readonly owner: LightDocument,
  ) {
    super();
    this.end = Number.MAX_SAFE_INTEGER;
  }
  /** The attribute's value, or null. */
  getAttribute(name: string): string | null {
    return this.attributes.get(name.toLowerCase()) ?? null;
  }
  /** True when the attribute is present. */
  hasAttribute(name: string): boolean {
    return this.attributes.has(name.toLowerCase());
  }
  /** Descendants matching `selectors` in document order. */
  querySelectorAll(selectors: string): DomElementList {
    return this.owner.select(selectors, this.order + 1, this.end);
  }
  /** The first descendant matching `selectors`, or null. */
  querySelector(selectors: string): DomElement | null {
    return this.owner.select(selectors, this.order + 1, this.end, true)[0] ?? null;
  }
}

/** The document: root of the tree, with the tag index that answers queries. */
export class LightDocument extends LightParent implements DomDocument {
  /** Always 9. */
  readonly nodeType = DOCUMENT_NODE;
  /** The `<html>` element. */
  documentElement: LightElement | null = null;
  /** The `<head>` element. */
  head: LightElement | null = null;
  /** The `<body>` element. */
  body: LightElement | null = null;
  /** Elements by tag, each list in document order. */
  private readonly byTag = new Map<string, LightElement[]>();
  private readonly all: LightElement[] = [];
  private readonly selectors = new Map<string, Compound[]>();

  /** Creates an element of this document (numbered and indexed; not yet attached). */
  create(tag: string, attributes: Map<string, string>): LightElement {
    const element = new LightElement(tag, attributes, this.all.length, this);
    this.all.push(element);
    const list = this.byTag.get(tag);
    if (list) list.push(element);
    else this.byTag.set(tag, [element]);
    return element;
  }

  /** Number the next created element will get. */
  get nextOrder(): number {
    return this.all.length;
  }

  /** Elements numbered `from`…`to` (inclusive) that match `selectors`, in document order. */
  select(selectors: string, from: number, to: number, firstOnly = false): LightElement[] {
    let compounds = this.selectors.get(selectors);
    if (!compounds) {
      compounds = parseSelector(selectors);
      this.selectors.set(selectors, compounds);
    }
    const tags = compounds.every((c) => c.tag !== null) ? [...new Set(compounds.map((c) => c.tag as string))] : null;
    const pools = tags ? tags.map((tag) => this.byTag.get(tag) ?? []) : [this.all];
    const out: LightElement[] = [];
    for (const pool of pools) {
      for (let i = lowerBound(pool, from); i < pool.length; i++) {
        const element = pool[i] as LightElement;
        if (element.order > to) break;
        if (matchesAny(element, compounds)) {
          out.push(element);
          if (firstOnly && pools.length === 1) return out;
        }
      }
    }
    if (pools.length > 1) out.sort((a, b) => a.order - b.order);
    return firstOnly ? out.slice(0, 1) : out;
  }

  /** Matching elements of the whole document. */
  querySelectorAll(selectors: string): DomElementList {
    return this.select(selectors, 0, Number.MAX_SAFE_INTEGER);
  }
  /** The first matching element of the document, or null. */
  querySelector(selectors: string): DomElement | null {
    return this.select(selectors, 0, Number.MAX_SAFE_INTEGER, true)[0] ?? null;
  }
}

/** Index of the first element of `pool` numbered `order` or later (pools are sorted). */
function lowerBound(pool: readonly LightElement[], order: number): number {
  let low = 0;
  let high = pool.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((pool[mid] as LightElement).order < order) low = mid + 1;
    else high = mid;
  }
  return low;
}
