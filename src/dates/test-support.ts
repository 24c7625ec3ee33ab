/**
 * Assertions shared by the dates tests (not used by library code): one expected time expression,
 * checked for its span and its value; and the same bound to one language and reference time, so
 * that a locale's tests are tables of sentences and what each must (or must not) yield.
 */
import assert from 'node:assert/strict';
import type { Certainty, DateCandidate, Item, Precision, TimeExpression } from '../pipeline/types.js';
import { testItem } from '../pipeline/test-item.js';
import { findTimeExpressions, type TimeOptions } from './times.js';

/** What a test expects of one time expression; `text` must occur once in the sentence. */
export interface Expected {
  text: string;
  date: string;
  precision: Precision;
  certainty: Certainty;
}

/**
 * Asserts that `sentence` in `lang`, seen from `reference`, holds exactly the expected expressions,
 * each at the offset where its text occurs, with its date, precision and certainty.
 */
export function expectTimes(sentence: string, lang: string, reference: string, expected: Expected[], options: TimeOptions = {}): TimeExpression[] {
  const found = findTimeExpressions(sentence, lang, new Date(reference), options);
  const summary = found.map((f) => `${JSON.stringify(f.text)} ${f.date} ${f.precision}`).join('; ');
  assert.equal(found.length, expected.length, `expected ${expected.length} expression(s) in ${JSON.stringify(sentence)}, got: ${summary || 'none'}`);
  expected.forEach((want, i) => {
    const got = found[i] as TimeExpression;
    const start = sentence.indexOf(want.text);
    assert.ok(start >= 0, `test error: ${JSON.stringify(want.text)} is not in the sentence`);
    assert.deepEqual(
      { start: got.start, end: got.end, text: got.text, date: got.date, precision: got.precision, certainty: got.provenance.certainty },
      { start, end: start + want.text.length, text: want.text, date: want.date, precision: want.precision, certainty: want.certainty },
    );
  });
  return found;
}

/** Asserts that nothing in `sentence` is read as a time expression. */
export function expectNone(sentence: string, lang: string, reference: string): void {
  const found = findTimeExpressions(sentence, lang, new Date(reference));
  assert.deepEqual(found.map((f) => f.text), [], `nothing should parse in ${JSON.stringify(sentence)}`);
}

/** A sentence that holds exactly one time expression, then that expression's text, date, precision and certainty. */
export type OneTime = readonly [sentence: string, text: string, date: string, precision: Precision, certainty: Certainty];

/** The assertions of this module bound to one language and one reference time. */
export interface LocaleExpectations {
  /** {@link expectTimes} for one sentence. */
  expectTimes(sentence: string, expected: Expected[], options?: TimeOptions): TimeExpression[];
  /** {@link expectTimes} for each row: its sentence holds exactly its one expression. */
  expectEach(rows: readonly OneTime[], options?: TimeOptions): void;
  /** {@link expectNone} for each sentence. */
  expectNone(...sentences: string[]): void;
  /** The same assertions seen from another reference time. */
  at(reference: string): LocaleExpectations;
}

/** The assertions of this module for sentences in `lang` seen from `reference` (an ISO instant). */
export function expectationsFor(lang: string, reference: string): LocaleExpectations {
  return {
    expectTimes: (sentence, expected, options = {}) => expectTimes(sentence, lang, reference, expected, options),
    expectEach(rows, options = {}) {
      for (const [sentence, text, date, precision, certainty] of rows) {
        expectTimes(sentence, lang, reference, [{ text, date, precision, certainty }], options);
      }
    },
    expectNone(...sentences) {
      for (const sentence of sentences) expectNone(sentence, lang, reference);
    },
    at: (other) => expectationsFor(lang, other),
  };
}

/** An item with only what the publication-date choice reads: its candidates, capture time and language (null: none detected). */
export function candidatesItem(dateCandidates: DateCandidate[], capturedAt: string, lang: string | null): Item {
  return testItem({
    source: 'page.html',
    capturedAt,
    dateCandidates,
    lang: lang ? { code: lang, confidence: 1, provenance: { certainty: 'inferred', rule: 'test' } } : null,
  });
}

/** A date candidate read from the item's own page (not a sidebar's), with its origin. */
export function ownCandidate(text: string, origin: string): DateCandidate {
  return { text, origin, own: true };
}
