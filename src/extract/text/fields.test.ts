import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFieldLine } from './fields.js';
import { classifyLines } from './index.js';
import { splitLines } from './lines.js';

describe('copyright and labelled photo credits', () => {
  it('reads a caption ending in a © credit, in any language', () => {
    assert.deepEqual(readFieldLine('The new lock gates on the canal near the old mill. © Harbour Photo Agency'), {
      kind: 'caption', caption: 'The new lock gates on the canal near the old mill. © Harbour Photo Agency', credit: '© Harbour Photo Agency',
    });
    assert.equal(readFieldLine('Der neue Steg im Hafen | © Stadtarchiv / J. Muster')?.kind, 'caption');
  });

  it('keeps a credit standing alone as a caption line carrying it', () => {
    assert.deepEqual(readFieldLine('© River Press / K. Example'), { kind: 'caption', caption: '© River Press / K. Example', credit: '© River Press / K. Example' });
    assert.deepEqual(readFieldLine('(Credit: Jane Example / Some Agency)'), { kind: 'caption', caption: '(Credit: Jane Example / Some Agency)', credit: 'Credit: Jane Example / Some Agency' });
  });

  it('reads the German cover-image labels as photo credits', () => {
    assert.equal(readFieldLine('Titelbild: Muster/Agentur')?.kind, 'credit');
    assert.equal(readFieldLine('Beitragsbild: Stadtarchiv')?.kind, 'credit');
  });

  it('leaves body sentences that merely mention copyright alone', () => {
    assert.equal(readFieldLine('The court ruled that the © notice on the map, which the council had copied for years without asking, did not cover the street names.'), null);
    assert.equal(readFieldLine('© is the sign the publisher put on every page of the book in the first and second printings of the year.'), null);
  });

  it('does not turn the paragraph above a standalone credit into a caption', () => {
    const lines = classifyLines(splitLines('Did the ferry come back in time for the festival?\n\n© River Press'));
    assert.equal(lines[0]?.role, 'body');
    assert.equal(lines[1]?.role, 'field');
  });

  it('reads a numbered or labelled figure line as the figure\'s caption', () => {
    assert.equal(readFieldLine('Abbildung 4: Die Schichten der Schneedecke im Querschnitt.')?.kind, 'caption');
    assert.equal(readFieldLine('Fig. 2: Water levels at the lock since 1990')?.kind, 'caption');
    assert.equal(readFieldLine('Figuur: het waterpeil bij de sluis')?.kind, 'caption');
    assert.equal(readFieldLine('Abbildung 4 zeigt, wie die Schichten der Schneedecke übereinander liegen.'), null);
  });
});
