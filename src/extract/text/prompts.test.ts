import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segmentKeepingLines, type SourceLine } from './index.js';
import { isCallToAction } from './prompts.js';

const REPORT = 'The harbour board agreed on Monday to dredge the eastern basin before the ferries return in May, the chair said.';
const CLOSING = 'Work on the quay walls will follow in the autumn, once the dredgers have left.';

/** Blocks of one article as the HTML reader hands them over. */
function article(...texts: string[]): SourceLine[] {
  return texts.map((text, index) => ({ text, number: index + 1, blankBefore: true }));
}

const text = (lines: SourceLine[]): string => segmentKeepingLines(lines, { single: true, markup: true }).segments[0]?.text ?? '';

describe('calls to action at the end of an article', () => {
  it('tells a call to action from a closing paragraph, in four languages', () => {
    for (const prompt of [
      'Subscribe now to our print edition for the full story.',
      'Get the latest news on your phone with our app.',
      'Möchten Sie den Artikel teilen?',
      'Abonnez-vous à notre lettre pour ne rien manquer.',
      'Volg ons ook op sociale media voor het laatste nieuws.',
    ]) {
      assert.equal(isCallToAction(prompt), true, prompt);
    }
    assert.equal(isCallToAction('For the latest reports download the Harbour Daily apps for phones and tablets.'), true, 'two call-to-action words');
    for (const paragraph of [CLOSING, 'The ferry company said it would support the plan.', '"Subscribe to nothing," the mayor told the council.', 'The ferry app was withdrawn after the outage.']) {
      assert.equal(isCallToAction(paragraph), false, paragraph);
    }
  });

  it('tells a donation appeal closing a blog post from a report on an appeal', () => {
    assert.equal(isCallToAction('Did this piece help you? Please consider supporting our work with a small gift.'), true);
    assert.equal(isCallToAction('Mit einem kleinen Betrag können Sie unsere Arbeit am Hafenblog möglich machen.'), true);
    assert.equal(isCallToAction('Ohne deine Unterstützung gäbe es diesen Blog nicht.'), true);
    assert.equal(isCallToAction('The harbour board described its work on the quay walls to the council.'), false);
  });

  it('drops the trailing prompts of one article read from markup, and only those', () => {
    const kept = text(article(REPORT, CLOSING, 'Do you want to know more? Sign up for our newsletter.', 'Download our app for the latest news.'));
    assert.equal(kept, `${REPORT}\n\n${CLOSING}`);
  });

  it('keeps a call to action inside the article, and any at the end of a plain-text capture', () => {
    const inside = text(article(REPORT, 'Download our app for the latest news.', CLOSING));
    assert.ok(inside.includes('Download our app'));
    const capture = segmentKeepingLines(article(REPORT, CLOSING, 'Download our app for the latest news.'), { single: true }).segments[0]?.text ?? '';
    assert.ok(capture.includes('Download our app'));
  });
});
