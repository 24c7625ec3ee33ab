/**
 * Names in a caption, found by the names the item's body already mentions: a caption lies
 * outside the text the entities stage reads, and a caption's people and places are nearly always
 * those of its article (`Lloyd Austin, Antony Blinken … vor den Gesprächen in Tokio`). Matching
 * the body's own surface forms keeps their entity ids and costs a string search per name.
 */
import type { Mention } from '../pipeline/types.js';

/** True when `text[at]` does not continue a word (so a match starts or ends on a word boundary). */
function boundary(text: string, at: number): boolean {
  const ch = text[at];
  return ch === undefined || !/[\p{L}\p{N}]/u.test(ch);
}

/**
 * The mentions of `caption`: every whole-word occurrence of a body mention's text, the longest
 * first where they overlap, in text order. Offsets are into `caption`.
 */
export function captionMentions(caption: string, body: readonly Mention[]): Mention[] {
  const forms = new Map<string, Mention>();
  for (const m of body) if (m.text.trim().length > 1 && !forms.has(m.text)) forms.set(m.text, m);
  const found: Mention[] = [];
  const taken: boolean[] = new Array<boolean>(caption.length).fill(false);
  for (const [text, m] of [...forms].sort((a, b) => b[0].length - a[0].length)) {
    for (let at = caption.indexOf(text); at >= 0; at = caption.indexOf(text, at + 1)) {
      const end = at + text.length;
      if (!boundary(caption, at - 1) || !boundary(caption, end)) continue;
      if (taken.slice(at, end).some(Boolean)) continue;
      taken.fill(true, at, end);
      found.push({ start: at, end, text, type: m.type, entity: m.entity, provenance: { certainty: 'inferred', rule: 'events/caption-name', evidence: caption } });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
