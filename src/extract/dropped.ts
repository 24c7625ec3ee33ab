/**
 * What extraction left out of an item's text, for the item page ("extracted text beside what was
 * dropped"). The list is built only when read: extraction attaches a lazy, memoised `dropped`
 * property to the item ({@link attachDropped}), so pages whose items are never stored or shown
 * (benchmarks, evaluations) pay for a closure, not for the text.
 */
import type { ClassifiedLine } from './text/classify.js';
import type { DroppedBlock, Item } from '../pipeline/types.js';

/**
 * Longest text kept per dropped block (characters). A navigation bar or a comment thread can run
 * to thousands of characters; 300 (three or four lines on the item page) says what it was.
 */
export const DROPPED_TEXT_MAX = 300;

/**
 * Most dropped blocks kept per item. Real article pages drop 10–40 blocks (menus, share bars,
 * related lists, footer); 60 shows them all on most pages and bounds what a page of thousands of
 * links stores.
 */
export const DROPPED_MAX = 60;

/** `text` with whitespace collapsed, clipped to {@link DROPPED_TEXT_MAX} (an ellipsis marks a cut). */
export function clipDropped(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > DROPPED_TEXT_MAX ? `${flat.slice(0, DROPPED_TEXT_MAX - 1)}…` : flat;
}

/** Line roles that leave a line out of every report's text. */
const DROPPED_ROLES = new Set(['chrome', 'nav', 'stamp', 'comment-marker', 'related-marker']);

/** What a line classifier rule means, in the item page's words. */
const RULE_ROLES: Record<string, string> = {
  comments: 'comment section',
  related: 'related list',
  'related-inline': 'related list',
  interface: 'interface text',
  prompt: 'prompt',
  'all-caps': 'label',
  stamp: 'relative stamp',
  'stamped-post': 'teaser list',
  'stamped-label': 'teaser list',
  'teaser-list': 'teaser list',
  'bracket-marker': 'placeholder',
  placeholder: 'placeholder',
  repeat: 'repeated line',
  'repeat-adjacent': 'repeated line',
};

/** The lines the text classifier left out (chrome, navigation, stamps, markers), as dropped blocks. */
export function droppedLines(lines: readonly ClassifiedLine[], into: DroppedBlock[] = []): DroppedBlock[] {
  for (const line of lines) {
    if (into.length >= DROPPED_MAX) break;
    if (!DROPPED_ROLES.has(line.role) || line.text.trim() === '') continue;
    into.push({ text: clipDropped(line.text), role: RULE_ROLES[line.rule] ?? (line.role === 'nav' ? 'navigation' : line.role), rule: `extract/text/${line.rule}` });
  }
  return into;
}

/**
 * Gives `item` a `dropped` property computed by `build` on first read and kept from then on
 * (enumerable, so JSON and spreads carry it). `build` should hold only what the page already
 * made (its DOM, blocks, classified lines).
 */
export function attachDropped(item: Item, build: () => DroppedBlock[]): Item {
  let held: (() => DroppedBlock[]) | null = build;
  let value: DroppedBlock[] | undefined;
  Object.defineProperty(item, 'dropped', {
    enumerable: true,
    configurable: true,
    get(): DroppedBlock[] {
      if (held) {
        value = held().slice(0, DROPPED_MAX);
        held = null;
      }
      return value ?? [];
    },
    set(next: DroppedBlock[] | undefined) {
      held = null;
      value = next;
    },
  });
  return item;
}
