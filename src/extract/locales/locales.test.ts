import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EXTRACT_LOCALES } from './index.js';
import { isInterfaceLine, VOCABULARY } from '../text/vocabulary.js';
import { isCallToAction } from '../text/prompts.js';

describe('the Spanish, Italian, Portuguese and Polish extraction vocabularies', () => {
  it('are part of the union every page is cleaned with', () => {
    assert.deepEqual(['es', 'it', 'pt', 'pl'].filter((code) => !EXTRACT_LOCALES.some((l) => l.code === code)), []);
  });

  it('know interface labels and reading-time lines', () => {
    for (const line of ['Valora esta noticia', 'Compartilhe', 'Condividi', 'Publikacja:', 'Ten tekst przeczytasz w 3 minuty', 'Ten tekst przeczytasz w mniej niż minutę']) {
      assert.equal(isInterfaceLine(line), true, line);
    }
    assert.equal(isInterfaceLine('El puerto abrirá de nuevo el lunes por la mañana.'), false);
  });

  it('know relative stamps, and not a sentence that merely mentions a time', () => {
    for (const stamp of ['hace 3 horas', 'há 2 dias', '5 godzin temu', '3 ore fa']) assert.equal(VOCABULARY.stampLine.test(stamp), true, stamp);
    assert.equal(VOCABULARY.stampLine.test('El ferry llegó hace 3 horas al puerto.'), false);
  });

  it('know related-link markers, comment headings and rights notices', () => {
    assert.ok(VOCABULARY.relatedMarkers.has('veja também'));
    assert.ok(VOCABULARY.relatedMarkers.has('lee también'));
    assert.ok(VOCABULARY.commentMarkers.has('tus comentarios'));
    assert.ok(VOCABULARY.rightsNotice.test('Materiał chroniony prawem autorskim.'));
    assert.ok(VOCABULARY.rightsNotice.test('© Diario del Puerto. Todos los derechos reservados.'));
  });

  it('know disclaimers in every language, and not a report about opinions', () => {
    for (const line of ['The views expressed in this column are those of the author alone.', "Les opinions exprimées dans ce blog n'engagent que leurs auteurs.", 'Las opiniones expresadas en esta sección son de sus autores.']) {
      assert.equal(VOCABULARY.disclaimer.test(line), true, line);
    }
    assert.equal(VOCABULARY.disclaimer.test('The council expressed its views on the harbour plan on Monday.'), false);
  });

  it('know calls to action, and leave reporting alone', () => {
    for (const line of ['Zapraszamy do subskrypcji naszego tygodnika.', '¿Sabías que tenemos canal de Telegram? Únete desde tu móvil.', 'Assine a newsletter e receba as notícias.']) {
      assert.equal(isCallToAction(line), true, line);
    }
    assert.equal(isCallToAction('La alcaldesa dijo que el canal de Telegram del ayuntamiento cerrará.'), false);
  });
});
