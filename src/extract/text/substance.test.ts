import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyLines, segmentText } from './index.js';
import { splitLines } from './lines.js';
import { isReaderPrompt } from './prompts.js';
import { sentenceCount } from './vocabulary.js';

function roles(text: string): [string, string][] {
  return classifyLines(splitLines(text)).map((line) => [line.role, line.rule]);
}

describe('update stamps', () => {
  it('reads an update label with a relative time or a clock time as an update date line', () => {
    for (const line of ['Bijgewerkt: 15 minuten geleden', 'Aktualisiert vor 2 Stunden', 'Mis à jour il y a 3 heures', 'Updated 2 hours ago', 'Laatst gewijzigd: 1 uur geleden', 'Bijgewerkt 16:10']) {
      const [classified] = classifyLines(splitLines(line));
      assert.deepEqual([classified?.role, classified?.rule, classified?.dateOrigin], ['date', 'update-stamp', 'updated'], line);
    }
  });

  it('keeps the update stamp and the dateline paragraph after a standfirst in one article', () => {
    const segments = segmentText(`Hoogwater in de Dommel: Eindhoven sluit wandelpaden
Na een week regen staat de Dommel hoger dan in tien jaar. Ook Boxtel treft maatregelen.
Door Fenna Kuipers
dinsdag 4 februari 2025, 09:10
Bijgewerkt: 20 minuten geleden
EINDHOVEN - De Dommel is dinsdagochtend buiten haar oevers getreden in het zuiden van de stad. De gemeente sloot drie wandelpaden langs de rivier.
Het waterschap verwacht dat het water woensdag weer zakt, zegt een woordvoerder.`);
    assert.equal(segments.length, 1);
    const [article] = segments;
    assert.equal(article?.kind, 'article');
    assert.deepEqual(article?.dateline, { place: 'EINDHOVEN', agencies: [] });
    assert.ok(article?.text.startsWith('Na een week regen'));
    assert.ok(article?.text.includes('\n\nDe Dommel is dinsdagochtend'));
    assert.deepEqual(article?.dateCandidates.map((c) => c.origin), ['byline', 'updated']);
  });
});

describe('labels joined to a stamp', () => {
  it('treats teaser headlines and reader-post headers with a stamp as navigation', () => {
    for (const line of ['Haventje_23 · vor 2 Stunden', 'Lezer1978 3 uur geleden', 'Michel D. · il y a 1 heure', 'il y a 14 minutes · Le marché couvert rouvre samedi', 'Stadtbahn: Neue Haltestelle am Markt – vor 35 Minuten']) {
      assert.deepEqual(roles(line).map(([role]) => role), ['nav'], line);
    }
  });

  it('leaves sentences and author lines alone', () => {
    assert.notEqual(roles('Vor 13 Minuten hat der Zug den Bahnhof verlassen.')[0]?.[0], 'nav');
    assert.notEqual(roles('Door Fenna Kuipers · 15 minuten geleden')[0]?.[0], 'nav');
    assert.notEqual(roles('De raad besloot gisteren over het plan 2 uur geleden')[0]?.[0], 'nav');
  });
});

describe('reader prompts', () => {
  it('recognises short paragraphs addressed to the reader in four languages', () => {
    for (const prompt of [
      'Je kunt je post voortaan ook in de vernieuwde omgeving openen. Kies hieronder welke versie je wilt.',
      'Melden Sie sich an, damit wir Ihnen die neue Ansicht zeigen können.',
      'You can now read your mail in the new inbox. Pick the version you prefer.',
      'Vous pouvez désormais consulter votre messagerie dans la nouvelle interface.',
    ]) {
      assert.equal(isReaderPrompt(prompt), true, prompt);
    }
  });

  it('rejects reporting: quotes, attribution, datelines, third persons and long paragraphs', () => {
    for (const text of [
      '"Je kunt niet zomaar een brug sluiten", zei de wethouder.',
      'Sie sagte, die Brücke bleibe bis Freitag gesperrt.',
      'KIEL (dpa) - You can now take the ferry again, the operator said.',
      'Die Stadt öffnet am Montag ein neues Hallenbad im Norden.',
      `${'You can read about the new timetable in the station hall. '.repeat(4)}`,
    ]) {
      assert.equal(isReaderPrompt(text), false, text);
    }
  });

  it('counts sentences without splitting on initials', () => {
    assert.equal(sentenceCount('De brug gaat dicht. Het verkeer wordt omgeleid.'), 2);
    assert.equal(sentenceCount('J. de Vries opende de brug.'), 1);
  });
});

describe('what a brief needs', () => {
  it('drops a portal prompt block above the article and keeps the article as the article', () => {
    const segments = segmentText(`Kustlijn Portaal
Mijn post
Kies je inbox
Je kunt je post voortaan ook in de vernieuwde omgeving openen. Kies hieronder welke versie je wilt.
Nieuws | Weer | Sport
Veerdienst naar Vlieland vaart weer volgens dienstregeling
HARLINGEN (ANP) - De veerdienst tussen Harlingen en Vlieland vaart sinds woensdag weer volgens de gewone dienstregeling. De boot lag twee weken in het dok.
De rederij verwacht in het weekend extra drukte, meldt een woordvoerder.`);
    assert.deepEqual(segments.map((s) => [s.kind, s.title, s.dateline?.place]), [['article', 'Veerdienst naar Vlieland vaart weer volgens dienstregeling', 'HARLINGEN']]);
    assert.ok(!segments[0]?.text.includes('inbox'));
  });

  it('keeps a standfirst that addresses the reader under its headline', () => {
    const segments = segmentText(`Zo bereid je je tuin voor op de winter
Met een paar eenvoudige stappen kom je de vorst goed door.
Snoei de rozen pas in het voorjaar, zeggen hoveniers. Dek de borders af met blad.`);
    assert.equal(segments.length, 1);
    assert.ok(segments[0]?.text.startsWith('Met een paar eenvoudige stappen'));
  });

  it('does not turn reader posts after an article into briefs', () => {
    const segments = segmentText(`Markt verhuist naar het stationsplein
De weekmarkt verhuist vanaf april naar het stationsplein. Het oude marktplein wordt opnieuw bestraat, meldt de gemeente.
Haventje_23 · 2 uur geleden
Eindelijk meer ruimte voor de kramen.
Margriet K. · 1 uur geleden
Jammer voor de winkels in de binnenstad.`);
    assert.deepEqual(segments.map((s) => s.kind), ['article']);
    assert.ok(!segments[0]?.text.includes('kramen'));
  });

  it('does not let a "most read" teaser list turn the article after it into a brief', () => {
    const segments = segmentText(`Meistgelesen
vor 12 Minuten
Stadtbahn fährt wieder bis zum Hafen
vor 40 Minuten
Neue Ampel am Bahnhof sorgt für Staus
Landtag beschließt neues Schulgesetz für Grundschulen
Der Landtag hat am Donnerstag ein neues Schulgesetz beschlossen. Grundschulen sollen mehr Geld für Lehrkräfte erhalten.`);
    assert.deepEqual(segments.map((s) => [s.kind, s.title]), [['article', 'Landtag beschließt neues Schulgesetz für Grundschulen']]);
  });
});
