import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyLine } from './classify.js';
import { classifyLines } from './index.js';
import { parseDateline } from './dateline.js';
import { isDateLine } from './dates.js';
import { splitGluedStamps, splitLines } from './lines.js';

function roles(text: string): [string, string][] {
  return classifyLines(splitLines(text)).map((line) => [line.role, line.text]);
}

describe('relative timestamps', () => {
  it('recognises stamps in all four languages as whole lines', () => {
    for (const stamp of ['42 minuten geleden', '1 uur geleden', 'vor 13 Minuten', 'vor einer Stunde', '2 hours ago', 'an hour ago', 'il y a 3 heures', 'il y a une minute']) {
      assert.deepEqual(roles(stamp), [['stamp', stamp]], stamp);
    }
  });

  it('splits a stamp glued to the dateline of the next paragraph', () => {
    const lines = splitGluedStamps(splitLines('12 minuten geledenZWOLLE (ANP) - Een vrachtwagen kantelde.'));
    assert.deepEqual(lines.map((line) => line.text), ['12 minuten geleden', 'ZWOLLE (ANP) - Een vrachtwagen kantelde.']);
  });

  it('does not split a sentence that merely begins with a time phrase', () => {
    const lines = splitGluedStamps(splitLines('Vor 13 Minuten hat der Zug den Bahnhof verlassen.'));
    assert.equal(lines.length, 1);
  });

  it('splits a stamp glued to the end of a sentence', () => {
    const lines = splitGluedStamps(splitLines('The ferry left on time.3 hours ago'));
    assert.deepEqual(lines.map((line) => line.text), ['The ferry left on time.', '3 hours ago']);
  });
});

describe('datelines', () => {
  it('reads place and agencies, keeping the place as written', () => {
    const parsed = parseDateline('DEN HAAG/BRUSSEL (ANP/RTR/AFP) - Het kabinet besloot dinsdag.');
    assert.deepEqual(parsed?.dateline, { place: 'DEN HAAG/BRUSSEL', agencies: ['ANP', 'RTR', 'AFP'] });
    assert.equal(parsed?.rest, 'Het kabinet besloot dinsdag.');
  });

  it('reads mixed-case places with an agency and a date inside the dateline', () => {
    const parsed = parseDateline('Hamburg, 12. März (dpa) – Der Hafen öffnet wieder.');
    assert.deepEqual(parsed?.dateline, { place: 'Hamburg', agencies: ['dpa'] });
    assert.equal(parsed?.dateText, '12. März');
  });

  it('reads a capitals-only dateline without agency, and rejects ordinary sentences', () => {
    assert.deepEqual(parseDateline('LYON — La ville a voté.')?.dateline, { place: 'LYON', agencies: [] });
    assert.equal(parseDateline('Die Regierung (CDU) sagte am Montag, sie werde handeln.'), null);
    assert.equal(parseDateline('FT: Regering plant nieuwe wet'), null);
  });
});

describe('byline dates', () => {
  it('accepts date lines with labels and times in all four languages', () => {
    for (const line of ['12. März 2024, 14:30 Uhr', 'Updated 3 April 2024', 'April 3, 2024 9:15 am', 'Gepubliceerd op 4 mei 2024 om 10:12', 'Publié le 12 mars 2024 à 14h30', '2024-04-10']) {
      assert.equal(isDateLine(line), true, line);
    }
  });

  it('rejects sentences that contain a date', () => {
    assert.equal(isDateLine('On 3 April 2024 the council voted to close the pier.'), false);
  });
});

describe('line roles', () => {
  it('marks interface chrome, prompts, ad markers, placeholders and ALL-CAPS prompts', () => {
    const found = roles(['Artikel teilen', 'Lesedauer: 4 Min.', 'Leestijd: 3 minuten', '5 min read', '[ad_slot_3]', 'hero-image', 'Meld je aan voor onze nieuwsbrief', 'DOWNLOAD NOW OUR BRAND NEW NEWS APP TODAY', 'Logo Morning Courier'].join('\n'));
    assert.deepEqual(found.map(([role]) => role), new Array(9).fill('chrome'));
  });

  it('marks section, related and comment markers', () => {
    assert.deepEqual(roles('Meer uit Sport\nMehr aus Politik\nLees ook\nKommentar (0)\nLeave a Reply').map(([role]) => role), [
      'digest-marker', 'digest-marker', 'related-marker', 'comment-marker', 'comment-marker',
    ]);
  });

  it('does not take headlines that merely start like a marker or a byline for one', () => {
    assert.deepEqual(roles('Meer uit eigen zak betalen voor de zorg\nReactie\nVon Berlin nach Paris in vier Stunden').map(([role]) => role), [
      'heading', 'heading', 'heading',
    ]);
  });

  it('reads captions, credits, sources and author lines as fields', () => {
    const lines = classifyLines(
      splitLines([
        'The mayor speaks at the opening of the new bridge on Monday. Photo: Tom Reed',
        'The mayor speaks at the opening of the new bridge on Monday. (City Hall via AP)',
        'Foto: Anna Berg/dpa',
        'Quelle: https://example.org/bericht',
        'Von Max Beispiel',
        'Lea Stein (laut Hafenamt, dpa)',
      ].join('\n')),
    );
    assert.deepEqual(lines.map((line) => line.field?.kind), ['caption', 'caption', 'credit', 'source', 'byline', 'byline']);
    assert.equal(lines[1]?.field?.kind === 'caption' ? lines[1].field.credit : null, 'City Hall via AP');
    assert.equal(lines[3]?.field?.kind === 'source' ? lines[3].field.source : null, 'https://example.org/bericht');
    assert.equal(lines[5]?.field?.kind === 'byline' ? lines[5].field.byline : null, 'Lea Stein');
  });

  it('cuts a trailing agency credit off a paragraph', () => {
    const [line] = classifyLines(splitLines('Der Hafen bleibt bis Freitag geschlossen. (dpa/lno)'));
    assert.equal(line?.role, 'body');
    assert.equal(line?.text, 'Der Hafen bleibt bis Freitag geschlossen.');
    assert.equal(line?.credit, '(dpa/lno)');
  });

  it('tells headlines from sentences and keeps bullets as content', () => {
    assert.deepEqual(roles('Council approves new harbour plan\nThe council approved the plan on Tuesday.\n  • It costs four million euros.'), [
      ['heading', 'Council approves new harbour plan'],
      ['body', 'The council approved the plan on Tuesday.'],
      ['bullet', '• It costs four million euros.'],
    ]);
  });

  it('marks a headline-and-stamp list as navigation but keeps the title after it', () => {
    const found = roles('vor 5 Minuten\nBahnstreik endet am Abend\nvor 20 Minuten\nWarum der Winter so mild war?\nHafen Hamburg meldet Rekordumschlag\nDer Hamburger Hafen hat im vergangenen Jahr so viel umgeschlagen wie nie zuvor.');
    assert.deepEqual(found.map(([role]) => role), ['nav', 'nav', 'nav', 'nav', 'heading', 'body']);
  });

  it('drops a title printed twice in a row and a label repeated across the page', () => {
    const found = roles('Ferry service resumes\nFerry service resumes\nThe ferry to the island runs again from Monday, the operator said.\nCoast Edition\nThe timetable stays the same as last summer, with four crossings a day.\nCoast Edition');
    assert.deepEqual(found.map(([role]) => role), ['heading', 'nav', 'body', 'chrome', 'body', 'chrome']);
  });
});

describe('lines of scripts written without spaces', () => {
  it('reads a Chinese sentence as body text and a short label as a heading', () => {
    assert.equal(classifyLine({ text: '市政府周一宣布将在明年春天重建这座老桥。', number: 1, blankBefore: true }).role, 'body');
    assert.equal(classifyLine({ text: '新闻中心', number: 2, blankBefore: true }).role, 'heading');
  });
});

describe('rights notices', () => {
  it('drops a copyright footer line in any of its usual forms', () => {
    for (const line of ['© 2024 Harbour News. All rights reserved.', 'Copyright © 2023 Example Verlag GmbH', 'Alle Rechte vorbehalten.', '(c) 2019 De Kustkrant', 'Tous droits réservés']) {
      assert.deepEqual(roles(line), [['chrome', line]], line);
    }
  });

  it('keeps a sentence about copyright', () => {
    const line = 'The court said the copyright of the 1998 harbour map had expired, so the council may print it.';
    assert.deepEqual(roles(line), [['body', line]]);
  });
});
