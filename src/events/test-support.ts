/**
 * Building items with hand-written mentions and times for the events tests (no dependency on the
 * entities or dates stages).
 */
import type { EntityType, Item, Mention, Precision, TimeExpression } from '../pipeline/types.js';
import { testItem } from '../pipeline/test-item.js';

/** A mention given as [text, type, entity id]; it is placed at the first occurrence after the previous one. */
export type MentionSpec = [text: string, type: EntityType, entity: string];

/** A time given as [text, ISO date, precision], placed like mentions. */
export type TimeSpec = [text: string, date: string, precision: Precision];

/** Where `piece` first occurs in `text` at or after `from`; throws naming the piece when absent. */
function place(text: string, piece: string, from: number): number {
  const at = text.indexOf(piece, from);
  if (at < 0) throw new Error(`Test text does not contain "${piece}" after offset ${from}; fix the test.`);
  return at;
}

/**
 * An item in `lang` whose full text is `text` (no title), with the given mentions and times.
 * @param published the publication date, if the test needs one
 */
export function itemWith(lang: string, text: string, mentions: MentionSpec[], times: TimeSpec[] = [], published: string | null = null): Item {
  let from = 0;
  const placed: Mention[] = mentions.map(([piece, type, entity]) => {
    const start = place(text, piece, from);
    from = start + piece.length;
    return { start, end: start + piece.length, text: piece, type, entity, provenance: { certainty: 'stated', rule: 'test' } };
  });
  from = 0;
  const timed: TimeExpression[] = times.map(([piece, date, precision]) => {
    const start = place(text, piece, from);
    from = start + piece.length;
    return { start, end: start + piece.length, text: piece, date, precision, provenance: { certainty: 'stated', rule: 'test' } };
  });
  return testItem({
    documentHash: 'test',
    text,
    capturedAt: '2025-06-01T12:00:00Z',
    declaredLang: lang,
    lang: { code: lang, confidence: 1, provenance: { certainty: 'stated', rule: 'test' } },
    published: published ? { date: published, precision: 'day', basis: 'metadata', evidence: published } : null,
    times: timed,
    mentions: placed,
  });
}
