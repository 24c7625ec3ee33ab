import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NAMED_REFERENCES } from './entities.js';
import { cleanText } from './dom.js';
import { parseLight } from './light/index.js';
import { decodeEntities } from './strip.js';

describe('named character references', () => {
  it('decodes the accented letters older editors encode by name', () => {
    assert.equal(decodeEntities('Denominaci&oacute;n, S&atilde;o Paulo, Fu&szlig;weg, &Aring;lesund, c&oelig;ur'), 'Denominación, São Paulo, Fußweg, Ålesund, cœur');
  });

  it('decodes symbols and Greek, and tells names apart by case', () => {
    assert.equal(decodeEntities('&sect; 3 &middot; 20&deg; &rarr; &alpha;&Omega; &euro;5'), '§ 3 · 20° → αΩ €5');
    assert.equal(decodeEntities('&Auml;&auml;'), 'Ää');
  });

  it('leaves unknown names as written and drops the soft hyphen', () => {
    assert.equal(decodeEntities('&notaname; Wasser&shy;stand'), '&notaname; Wasserstand');
  });

  it('holds the whole HTML 4.01 list', () => {
    assert.equal(NAMED_REFERENCES.size, 253);
  });

  it('is what the light parser uses for text and attributes', () => {
    const dom = parseLight('<p title="Espa&ntilde;a">Le&oacute;n</p>');
    assert.equal(cleanText(dom.querySelector('p')), 'León');
    assert.equal(dom.querySelector('p')?.getAttribute('title'), 'España');
  });
});
