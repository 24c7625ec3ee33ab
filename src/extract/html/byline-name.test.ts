import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitDatedByline } from './byline-name.js';
import { parseLight } from './light/index.js';
import { readMetadata } from './metadata.js';

describe('a byline that also prints the date', () => {
  it('splits a date, a separator and a prefixed name into the name and the date text', () => {
    assert.deepEqual(splitDatedByline('dinsdag 3 juni 2025 | 09:15 · Door Marit de Vries'), { name: 'Marit de Vries', dateText: 'dinsdag 3 juni 2025 09:15' });
    assert.deepEqual(splitDatedByline('Von Jonas Keller · 12.05.2024, 18:40 Uhr'), { name: 'Jonas Keller', dateText: '12.05.2024, 18:40 Uhr' });
    assert.deepEqual(splitDatedByline('By Ann Porter | May 2, 2023'), { name: 'Ann Porter', dateText: 'May 2, 2023' });
  });

  it('keeps bylines without a separator, a prefix or a date as written', () => {
    assert.equal(splitDatedByline('By Ann Porter May 2, 2023'), null);
    assert.equal(splitDatedByline('By Ann Porter | Staff writer'), null);
    assert.equal(splitDatedByline('3 June 2025 · Marit de Vries'), null);
    assert.equal(splitDatedByline('Marit de Vries'), null);
  });

  it('gives the page the name as its byline and the date as a byline date candidate', () => {
    const doc = parseLight('<body><div class="dateline"><time>vrijdag 7 maart 2025 | 10:05</time> · Door Pieter Jansen</div><p>Tekst.</p></body>');
    const meta = readMetadata(doc, null);
    assert.equal(meta.byline, 'Pieter Jansen');
    assert.ok(meta.dateCandidates.some((c) => c.origin === 'byline' && c.text === 'vrijdag 7 maart 2025 10:05'));
  });
});
