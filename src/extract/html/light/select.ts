/**
 * The selector subset extraction uses: lists of compound selectors made of an optional tag
 * and optional attribute tests (`[rel]`, `[rel="author"]`), as in
 * `h1, h2` or `link[rel="canonical"]`. Anything else throws, naming the supported form.
 */

/** An attribute test: presence, or an exact value. */
export interface AttributeTest {
  name: string;
  value: string | null;
}

/** One compound selector. */
export interface Compound {
  /** Lower-case tag, or null for any element. */
  tag: string | null;
  attributes: AttributeTest[];
}

/** What a matcher needs of an element. */
export interface Matchable {
  readonly tagName: string;
  getAttribute(name: string): string | null;
}

const COMPOUND = /^([a-z][a-z0-9-]*|\*)?((?:\[[a-z][a-z0-9_:-]*(?:=(?:"[^"]*"|'[^']*'|[^\]'"]+))?\])*)$/iu;
const ATTRIBUTE = /\[([a-z][a-z0-9_:-]*)(?:=(?:"([^"]*)"|'([^']*)'|([^\]'"]+)))?\]/giu;

/** Parses a selector list; throws on selectors outside the supported subset. */
export function parseSelector(selectors: string): Compound[] {
  return selectors.split(',').map((part) => {
    const text = part.trim();
    const match = COMPOUND.exec(text);
    if (!match || text === '') {
      throw new Error(`Unsupported selector "${text}": the light DOM supports only tag names and [attribute] / [attribute="value"] tests.`);
    }
    const attributes: AttributeTest[] = [];
    for (const a of (match[2] ?? '').matchAll(ATTRIBUTE)) {
      attributes.push({ name: (a[1] ?? '').toLowerCase(), value: a[2] ?? a[3] ?? a[4] ?? null });
    }
    const tag = match[1] && match[1] !== '*' ? match[1].toLowerCase() : null;
    return { tag, attributes };
  });
}

/** True when `element` matches one of `compounds`. */
export function matchesAny(element: Matchable, compounds: readonly Compound[]): boolean {
  return compounds.some(
    (c) =>
      (c.tag === null || c.tag === element.tagName) &&
      c.attributes.every((test) => {
        const value = element.getAttribute(test.name);
        return value !== null && (test.value === null || value === test.value);
      }),
  );
}
