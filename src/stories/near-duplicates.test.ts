import assert from 'node:assert/strict';
import { test } from 'node:test';
import { estimatedJaccard, independentReports, minhashSignature, nearDuplicateGroups, NEAR_DUPLICATE_JACCARD, shingles } from './near-duplicates.js';

const wire =
  'The regional water board of Velmar closed the river quays on Tuesday evening after the level rose by forty centimetres in one day. ' +
  'Residents of the lower town were asked to move cars and to keep sandbags ready. The board expects the peak on Thursday morning, ' +
  'when the level could pass the mark of the last major flood. Ferries across the river stopped running until further notice.';

test('shingles are folded four-word runs; a short text is one shingle', () => {
  assert.ok(shingles('The Board closed the Quays today').has('the board closed the'));
  assert.deepEqual([...shingles('Quays closed')], ['quays closed']);
  assert.equal(shingles('').size, 0);
});

test('a republished copy with a new headline and a cut last sentence is a near-duplicate', () => {
  const copy = wire.slice(0, wire.lastIndexOf('Ferries')).replace('Tuesday evening', 'Tuesday night');
  const items = [
    { id: 'b:1', title: 'Velmar closes river quays', text: wire },
    { id: 'a:1', title: 'Flood: quays shut in Velmar', text: copy },
    {
      id: 'c:1',
      title: 'Velmar braces for high water',
      text: 'High water is coming to Velmar: the town shut its quays and ferries no longer sail, while people in low streets stack sandbags before a peak due on Thursday.',
    },
    { id: 'd:1', title: null, text: '' },
  ];
  assert.ok(estimatedJaccard(minhashSignature(wire), minhashSignature(copy)) >= NEAR_DUPLICATE_JACCARD);
  assert.ok(estimatedJaccard(minhashSignature(wire), minhashSignature(items[2]!.text)) < 0.2);
  assert.deepEqual(nearDuplicateGroups(items), [['a:1', 'b:1']]);
});

test('signatures are deterministic and of equal length; mismatched signatures are refused', () => {
  assert.deepEqual(minhashSignature(wire), minhashSignature(wire));
  assert.equal(estimatedJaccard(minhashSignature(wire), minhashSignature(wire)), 1);
  assert.throws(() => estimatedJaccard(minhashSignature(wire), new Uint32Array(3)), /equal length/);
});

test('copies of one text count once as independent reports', () => {
  const copy = (id: string) => ({ id, title: null, text: wire });
  const own = { id: 'z:1', title: null, text: 'Farmers near Velmar began the spring harvest of asparagus a week early this year after a mild March.' };
  assert.equal(independentReports([copy('x:1'), copy('x:2'), copy('x:3'), own]), 2);
  assert.equal(independentReports([]), 0);
});
