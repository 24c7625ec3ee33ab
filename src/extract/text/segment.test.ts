import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segmentText } from './index.js';

/** A Dutch regional page: article, then a "Meer uit" digest whose stamps follow each brief (one glued to the next dateline). */
const DUTCH_DIGEST = `Inloggen
Zoeken
Gemeente opent nieuw zwembad in het centrum

AMERSFOORT (ANP) - De gemeente heeft dinsdag een nieuw overdekt zwembad geopend in het centrum van de stad. Het bad biedt plaats aan vijfhonderd bezoekers.
De bouw duurde twee jaar en kostte ruim twintig miljoen euro, aldus een woordvoerder van de gemeente.
Deel dit artikel
Meer uit Binnenland

Treinverkeer rond Utrecht hersteld

UTRECHT (ANP) - Het treinverkeer rond Utrecht rijdt weer volgens de dienstregeling na een storing aan een wissel bij het centraal station.

12 minuten geleden
ZWOLLE (ANP/RTR) - Een vrachtwagen is op de A28 bij Zwolle gekanteld. De weg is urenlang afgesloten in beide richtingen.
35 minuten geledenGRONINGEN/ASSEN (ANP) - De provincie trekt extra geld uit voor het herstel van dijken langs het Eemskanaal.
1 uur geleden`;

/** A German page: a teaser list on top, an article, then a digest whose stamps precede each brief. */
const GERMAN_DIGEST = `vor 3 Minuten
Bahnstreik endet am Abend
vor 9 Minuten
Warum der Winter so mild war?
Politik
Landtag beschließt neues Schulgesetz
Lesedauer: 3 Min.
Artikel teilen
Der Landtag hat am Donnerstag ein neues Schulgesetz beschlossen. Künftig sollen Grundschulen mehr Geld für Lehrkräfte erhalten.
Die Opposition kritisierte das Gesetz als zu zaghaft, stimmte aber in Teilen zu. (dpa/lno)
Mehr aus Politik
vor 20 Minuten
Bürgermeisterwahl in Kiel angesetzt
KIEL (dpa) - Die Stadt Kiel wählt im Herbst einen neuen Oberbürgermeister. Der Termin steht nun fest.
vor einer Stunde
Fähre nach Helgoland fällt aus
CUXHAVEN (dpa/lno) - Wegen Sturms fällt die Fähre nach Helgoland am Freitag aus. Die Reederei bittet um Verständnis.`;

/** A French article with byline, byline date, caption, credit, related box, source line and comments. */
const FRENCH_FIELDS = `Le port de Brest rouvre après la tempête
Par Jeanne Morel
Publié le 12 mars 2024 à 14h30
BREST (AFP) - Le port de Brest a rouvert mardi matin après trois jours de fermeture, a annoncé la préfecture maritime.
Des bateaux de pêche attendent au quai mardi matin. Photo: Yann Le Goff
Les équipes ont dégagé le chenal pendant la nuit et les premiers chalutiers sont sortis vers six heures. (AFP/red)
Lire aussi
La tempête a privé des milliers de foyers d'électricité en Bretagne
Le vieux ponton en bois a perdu plusieurs planches et sera inspecté la semaine prochaine.
Source : https://example.org/port-de-brest
Partager
Commentaires (3)
Super nouvelle, enfin ! J'attendais de sortir en mer toute la semaine.`;

describe('digest segmentation', () => {
  it('splits a Dutch page into the article and one brief per dateline, with stamps following their brief', () => {
    const segments = segmentText(DUTCH_DIGEST);
    assert.deepEqual(segments.map((s) => s.kind), ['article', 'brief', 'brief', 'brief']);
    const [article, utrecht, zwolle, groningen] = segments;
    assert.equal(article?.title, 'Gemeente opent nieuw zwembad in het centrum');
    assert.deepEqual(article?.dateline, { place: 'AMERSFOORT', agencies: ['ANP'] });
    assert.ok(article?.text.startsWith('De gemeente heeft dinsdag'));
    assert.ok(article?.text.includes('aldus een woordvoerder'));
    for (const absent of ['Deel dit artikel', 'Meer uit', 'Treinverkeer', 'vrachtwagen', 'Inloggen']) assert.ok(!article?.text.includes(absent), absent);
    assert.deepEqual(article?.dateCandidates, []);
    assert.equal(utrecht?.title, 'Treinverkeer rond Utrecht hersteld');
    assert.deepEqual(utrecht?.dateCandidates, [{ text: '12 minuten geleden', origin: 'stamp', own: true }]);
    assert.equal(zwolle?.title, null);
    assert.deepEqual(zwolle?.dateline, { place: 'ZWOLLE', agencies: ['ANP', 'RTR'] });
    assert.deepEqual(zwolle?.dateCandidates, [{ text: '35 minuten geleden', origin: 'stamp', own: true }]);
    assert.deepEqual(groningen?.dateline, { place: 'GRONINGEN/ASSEN', agencies: ['ANP'] });
    assert.ok(groningen?.text.startsWith('De provincie trekt'));
    assert.deepEqual(groningen?.dateCandidates, [{ text: '1 uur geleden', origin: 'stamp', own: true }]);
  });

  it('splits a German page whose stamps precede each brief, dropping the teaser list on top', () => {
    const segments = segmentText(GERMAN_DIGEST);
    assert.deepEqual(segments.map((s) => [s.kind, s.title]), [
      ['article', 'Landtag beschließt neues Schulgesetz'],
      ['brief', 'Bürgermeisterwahl in Kiel angesetzt'],
      ['brief', 'Fähre nach Helgoland fällt aus'],
    ]);
    const [article, kiel, helgoland] = segments;
    assert.deepEqual(article?.dateCandidates, []);
    assert.deepEqual(article?.credits, ['(dpa/lno)']);
    assert.ok(article?.text.endsWith('stimmte aber in Teilen zu.'));
    for (const absent of ['Bahnstreik', 'Winter', 'Lesedauer', 'Artikel teilen', 'Politik\n']) assert.ok(!article?.text.includes(absent), absent);
    assert.deepEqual(kiel?.dateCandidates, [{ text: 'vor 20 Minuten', origin: 'stamp', own: true }]);
    assert.deepEqual(kiel?.dateline, { place: 'KIEL', agencies: ['dpa'] });
    assert.deepEqual(helgoland?.dateCandidates, [{ text: 'vor einer Stunde', origin: 'stamp', own: true }]);
    assert.deepEqual(helgoland?.dateline, { place: 'CUXHAVEN', agencies: ['dpa', 'lno'] });
  });

  it('makes every report a brief when all of them carry stamps and none is marked as the main story', () => {
    const segments = segmentText('Dijk bij Kampen versterkt\nKAMPEN (ANP) - Het waterschap heeft de dijk langs de IJssel versterkt.\n2 uur geleden\nVeerpont weer in de vaart\nDEVENTER (ANP) - De veerpont over de IJssel vaart weer na maanden van onderhoud.\n3 uur geleden');
    assert.deepEqual(segments.map((s) => [s.kind, s.title, s.dateCandidates[0]?.text]), [
      ['brief', 'Dijk bij Kampen versterkt', '2 uur geleden'],
      ['brief', 'Veerpont weer in de vaart', '3 uur geleden'],
    ]);
  });
});

describe('teaser lists', () => {
  it('finds no report in a page that is only headlines and stamps', () => {
    assert.deepEqual(segmentText('Latest news\nBridge closes for repairs\n2 hours ago\nSchool wins robotics prize\n3 hours ago\nNew bakery opens downtown\n5 hours ago'), []);
  });

  it('finds no report in a page of interface text only', () => {
    assert.deepEqual(segmentText('Menu\nSearch\nSign in\nSubscribe to our newsletter\nAccept all cookies\nShare\nLeave a Reply\n© 2024'), []);
  });
});

describe('fields moved out of the body', () => {
  it('moves byline, byline date, caption, credits and source out of the text', () => {
    const [article, ...rest] = segmentText(FRENCH_FIELDS);
    assert.equal(rest.length, 0);
    assert.equal(article?.title, 'Le port de Brest rouvre après la tempête');
    assert.equal(article?.byline, 'Jeanne Morel');
    assert.deepEqual(article?.dateline, { place: 'BREST', agencies: ['AFP'] });
    assert.deepEqual(article?.dateCandidates, [{ text: 'Publié le 12 mars 2024 à 14h30', origin: 'byline', own: true }]);
    assert.deepEqual(article?.captions, ['Des bateaux de pêche attendent au quai mardi matin. Photo: Yann Le Goff']);
    assert.deepEqual(article?.credits, ['Photo: Yann Le Goff', '(AFP/red)']);
    assert.deepEqual(article?.sources, ['https://example.org/port-de-brest']);
    assert.equal(
      article?.text,
      [
        'Le port de Brest a rouvert mardi matin après trois jours de fermeture, a annoncé la préfecture maritime.',
        'Les équipes ont dégagé le chenal pendant la nuit et les premiers chalutiers sont sortis vers six heures.',
        'Le vieux ponton en bois a perdu plusieurs planches et sera inspecté la semaine prochaine.',
      ].join('\n\n'),
    );
  });

  it('keeps bullets as one block and crossheads as paragraphs, and drops a linked headline inside the article', () => {
    const [article] = segmentText(
      'City adopts new cycling plan\n  • Twelve new routes by 2026\n  • Parking fees go up in the centre\nThe city council adopted a plan on Monday to double the length of its cycle paths.\nWhat changes\nMost of the new routes will connect the suburbs with the station and the university.\nNeighbouring town opens the largest bicycle garage in the whole region\nThe plan still needs the approval of the provincial government, which is expected in June.',
    );
    assert.equal(article?.title, 'City adopts new cycling plan');
    assert.equal(
      article?.text,
      '• Twelve new routes by 2026\n• Parking fees go up in the centre\n\nThe city council adopted a plan on Monday to double the length of its cycle paths.\n\nWhat changes\n\nMost of the new routes will connect the suburbs with the station and the university.\n\nThe plan still needs the approval of the provincial government, which is expected in June.',
    );
  });

  it('takes the headline after a kicker as the title and a name after an author image as the byline', () => {
    const [article] = segmentText('Verkehr\nNeue Brücke über die Elbe freigegeben\nteaser-image\nDie Brücke bei Nacht.\nFoto: Paul Kern\nauthor-avatar\nSara Lind\nNach vier Jahren Bauzeit ist die neue Brücke über die Elbe für den Verkehr freigegeben worden.');
    assert.equal(article?.title, 'Neue Brücke über die Elbe freigegeben');
    assert.equal(article?.byline, 'Sara Lind');
    assert.deepEqual(article?.captions, ['Die Brücke bei Nacht.']);
    assert.deepEqual(article?.credits, ['Foto: Paul Kern']);
    assert.equal(article?.text, 'Nach vier Jahren Bauzeit ist die neue Brücke über die Elbe für den Verkehr freigegeben worden.');
  });

  it('leaves the title empty when the capture starts with a body sentence', () => {
    const [article] = segmentText('The talks ended without an agreement late on Friday, both delegations said.\nA new round is planned for next month in Geneva.');
    assert.equal(article?.title, null);
  });
});
