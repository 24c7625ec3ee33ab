import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findCommitments } from './commitments.js';
import { itemWith } from './test-support.js';

describe('findCommitments', () => {
  it('reads an announcement with a deadline: party, subject and deadline', () => {
    const item = itemWith(
      'en',
      'Prime Minister Lena Hart announced that Canada will raise defence spending to 2% of GDP by March. Critics were unconvinced.',
      [['Lena Hart', 'PER', 'per:lena-hart'], ['Canada', 'GPE', 'gpe:CA']],
      [['March', '2026-03', 'month']],
      '2025-11-01',
    );
    const [commitment, ...rest] = findCommitments(item);
    assert.equal(rest.length, 0);
    assert.deepEqual(commitment?.parties, ['per:lena-hart']);
    assert.deepEqual(commitment?.deadline, { date: '2026-03', precision: 'month', text: 'March' });
    assert.equal(commitment?.status, 'announced');
    assert.match(commitment?.subject ?? '', /^announced that Canada will raise/u);
    assert.equal(commitment?.start, 0);
    assert.equal(commitment?.provenance.rule, 'events/en/commitment/deadline');
  });

  it('reads a German deadline a few words before the month and a Dutch pledge without one', () => {
    const de = itemWith('de', 'Die Regierung von Polen will das neue Hauptquartier noch vor dem Ende des Haushaltsjahres im Juni eröffnen.', [['Polen', 'GPE', 'gpe:PL']], [
      ['im Juni', '2026-06', 'month'],
    ]);
    assert.deepEqual(findCommitments(de).map((c) => [c.parties, c.deadline?.date]), [[['gpe:PL'], '2026-06']]);
    const nl = itemWith('nl', 'België zegde toe meer troepen naar Litouwen te sturen.', [['België', 'GPE', 'gpe:BE'], ['Litouwen', 'GPE', 'gpe:LT']]);
    const [pledge] = findCommitments(nl);
    assert.deepEqual(pledge?.parties, ['gpe:BE']);
    assert.equal(pledge?.deadline, null);
    assert.equal(pledge?.provenance.rule, 'events/nl/commitment/pledge');
  });

  it('marks a commitment whose deadline passed before publication as due', () => {
    const item = itemWith('fr', "La France s'est engagée à fermer la centrale d'ici 2020.", [['France', 'GPE', 'gpe:FR']], [['2020', '2020', 'year']], '2024-05-02');
    const [commitment] = findCommitments(item);
    assert.equal(commitment?.status, 'due');
  });

  it('finds none in plans without a deadline, in refusals, or in past events', () => {
    const plain = itemWith('en', 'Canada will discuss trade with Mexico.', [['Canada', 'GPE', 'gpe:CA'], ['Mexico', 'GPE', 'gpe:MX']]);
    assert.deepEqual(findCommitments(plain), []);
    const refused = itemWith('de', 'Österreich will die Abgabe nicht bis 2027 erhöhen.', [['Österreich', 'GPE', 'gpe:AT']], [['2027', '2027', 'year']]);
    assert.deepEqual(findCommitments(refused), []);
    const past = itemWith('es', 'Chile firmó el acuerdo en 2019.', [['Chile', 'GPE', 'gpe:CL']], [['2019', '2019', 'year']]);
    assert.deepEqual(findCommitments(past), []);
  });
});
