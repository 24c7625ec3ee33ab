import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { captionMentions } from './caption-names.js';
import { findEvents } from './find.js';
import { itemWith } from './test-support.js';

describe('captions', () => {
  it('finds the body’s names in a caption, whole words only, longest first', () => {
    const item = itemWith('en', 'Minister Karl Brandt visited Oslo. Brandt praised Norway.', [
      ['Karl Brandt', 'PER', 'per:karl-brandt'],
      ['Oslo', 'GPE', 'gpe:city:oslo'],
      ['Brandt', 'PER', 'per:karl-brandt'],
      ['Norway', 'GPE', 'gpe:NO'],
    ]);
    const found = captionMentions('Karl Brandt in Oslo; Brandtner and Norwayan are not names here.', item.mentions);
    assert.deepEqual(found.map((m) => [m.text, m.entity, m.start]), [['Karl Brandt', 'per:karl-brandt', 0], ['Oslo', 'gpe:city:oslo', 15]]);
  });

  it('reads a dated visit from a caption, with a negative offset and a caption rule, and keeps undated captions out', () => {
    const item = itemWith('de', 'Ministerin Ana Lopes besuchte ein Werk von Siemens in Bayern.', [
      ['Ana Lopes', 'PER', 'per:ana-lopes'],
      ['Siemens', 'ORG', 'org:siemens'],
      ['Bayern', 'LOC', 'loc:bavaria'],
    ]);
    item.fields.captions = ['Ein Foto aus dem Werk.', 'Ana Lopes während ihres Besuchs bei Siemens am 3. März 2024.'];
    const events = findEvents(item);
    const caption = events.filter((e) => e.start < 0);
    assert.equal(caption.length, 1);
    assert.equal(caption[0]?.type, 'meet');
    assert.deepEqual(caption[0]?.time, { date: '2024-03-03', precision: 'day' });
    assert.match(caption[0]?.provenance.rule ?? '', /^events\/de\/meet\/.+\/caption$/u);
    assert.ok(caption[0]?.actors.some((a) => a.entity === 'per:ana-lopes'));
    assert.ok(events.some((e) => e.start === 0 && e.type === 'meet'), 'the body sentence still gives its own event');
  });
});
