import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences.js';

function texts(text: string, lang: string): string[] {
  return splitSentences(text, lang).map((s) => s.text);
}

describe('splitSentences', () => {
  it('returns offsets that point back into the text', () => {
    const text = '  Erster Satz hier. Zweiter Satz!\nDritter?';
    const sentences = splitSentences(text, 'de');
    assert.deepEqual(sentences.map((s) => s.text), ['Erster Satz hier.', 'Zweiter Satz!', 'Dritter?']);
    for (const s of sentences) assert.equal(text.slice(s.start, s.end), s.text);
  });

  it('treats line breaks as hard boundaries', () => {
    assert.deepEqual(texts('Headline without a full stop\nThe body starts here.', 'en'), ['Headline without a full stop', 'The body starts here.']);
  });

  it('keeps German abbreviations and ordinal dates inside the sentence', () => {
    assert.deepEqual(texts('Das gilt z.B. für Japan und u.a. für Korea. Neuer Satz.', 'de'), ['Das gilt z.B. für Japan und u.a. für Korea.', 'Neuer Satz.']);
    assert.deepEqual(texts('Die Gespräche fanden am 28. Juli in Tokio statt. Danach reisten sie ab.', 'de'), ['Die Gespräche fanden am 28. Juli in Tokio statt.', 'Danach reisten sie ab.']);
    assert.deepEqual(texts('Das betrifft Japan bzw. Korea. Ende.', 'de'), ['Das betrifft Japan bzw. Korea.', 'Ende.']);
    assert.deepEqual(texts('Sie sprach mit Dr. Weber. Er nickte.', 'de'), ['Sie sprach mit Dr. Weber.', 'Er nickte.']);
  });

  it('keeps English and Dutch titles, initials and "vs." inside the sentence', () => {
    assert.deepEqual(texts('Mr. Hart met George W. Bush in St. Louis. It rained.', 'en'), ['Mr. Hart met George W. Bush in St. Louis.', 'It rained.']);
    assert.deepEqual(texts('Het gaat o.a. om Ajax vs. Feyenoord. Dr. Jansen was er.', 'nl'), ['Het gaat o.a. om Ajax vs. Feyenoord.', 'Dr. Jansen was er.']);
  });

  it('ends a sentence after a one-letter word that is no initial', () => {
    assert.deepEqual(texts('Dat meldt de dienst op X. De luchthavens blijven dicht.', 'nl'), ['Dat meldt de dienst op X.', 'De luchthavens blijven dicht.']);
  });

  it('does not split decimal numbers', () => {
    assert.deepEqual(texts('Das Budget steigt um 2,5 Prozent. Die Inflation liegt bei 3.1 Prozent. Gut.', 'de'), ['Das Budget steigt um 2,5 Prozent.', 'Die Inflation liegt bei 3.1 Prozent.', 'Gut.']);
  });

  it('keeps short quotations whole and splits after a closing quote', () => {
    assert.deepEqual(texts('„Es ist spannend. Es ist gut“, sagte er. Dann ging er.', 'de'), ['„Es ist spannend. Es ist gut“, sagte er.', 'Dann ging er.']);
    assert.deepEqual(texts('Il a dit « Nous signerons. Bientôt » hier. Puis il est parti.', 'fr'), ['Il a dit « Nous signerons. Bientôt » hier.', 'Puis il est parti.']);
    assert.deepEqual(texts('He said "We agree." Then he left.', 'en'), ['He said "We agree."', 'Then he left.']);
  });

  it('does not let an unclosed quote swallow the line', () => {
    assert.deepEqual(texts('Er sagte „Nein. Das war alles. Ende.', 'de'), ['Er sagte „Nein.', 'Das war alles.', 'Ende.']);
  });

  it('does not split before a lower-case word and strips bullets', () => {
    assert.deepEqual(texts('  • Das kostet ca. drei Euro. Mehr nicht.', 'de'), ['Das kostet ca. drei Euro.', 'Mehr nicht.']);
  });

  it('splits text in a language without a locale on punctuation alone', () => {
    assert.deepEqual(texts('Primera frase. Segunda frase.', 'xx'), ['Primera frase.', 'Segunda frase.']);
  });
});
