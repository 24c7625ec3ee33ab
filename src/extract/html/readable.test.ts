import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutScripts } from './readable.js';

describe('the source handed to Readability', () => {
  it('loses scripts and styles but keeps JSON-LD and the text', () => {
    const html = '<head><style>p{color:red}</style><script type="application/ld+json">{"@type":"NewsArticle"}</script><script>var a = "</p>";</script></head><body><p>Text stays.</p><SCRIPT src="x.js"></SCRIPT></body>';
    assert.equal(withoutScripts(html), '<head><script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body><p>Text stays.</p></body>');
  });
});
