/**
 * Date scoring by htmldate's rules, the naive first-date baseline, and lenient JSON.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerDay, firstDateOnPage, judgeDate, parseLenientJson, wrongDateRate } from './date-scoring.js';

describe('answerDay', () => {
  it('keeps the day as written in the page offset, not the UTC day', () => {
    assert.equal(answerDay({ date: '2020-01-27T23:30:00+01:00', precision: 'minute', basis: 'metadata', evidence: null }), '2020-01-27');
  });

  it('gives a month or year answer in its own precision, which never equals a day', () => {
    assert.equal(answerDay({ date: '2020-01', precision: 'month', basis: 'text', evidence: null }), '2020-01');
    assert.equal(answerDay({ date: '2020', precision: 'year', basis: 'text', evidence: null }), '2020');
  });

  it('is null for no date', () => {
    assert.equal(answerDay({ date: null, precision: null, basis: null, evidence: null }), null);
    assert.equal(answerDay(null), null);
  });
});

describe('judgeDate', () => {
  it('scores the right day as TP and a wrong day as FP', () => {
    assert.deepEqual(judgeDate('2019-06-27', '2019-06-27'), { tp: 1, fp: 0, fn: 0, tn: 0 });
    assert.deepEqual(judgeDate('2019-06-28', '2019-06-27'), { tp: 0, fp: 1, fn: 0, tn: 0 });
  });

  it('scores a month or year answer holding the gold day as no day answer (FN), and one outside it as wrong (FP)', () => {
    assert.deepEqual(judgeDate('2019-06', '2019-06-27'), { tp: 0, fp: 0, fn: 1, tn: 0 });
    assert.deepEqual(judgeDate('2019', '2019-06-27'), { tp: 0, fp: 0, fn: 1, tn: 0 });
    assert.deepEqual(judgeDate('2019-07', '2019-06-27'), { tp: 0, fp: 1, fn: 0, tn: 0 });
    assert.deepEqual(judgeDate('201', '2019-06-27'), { tp: 0, fp: 1, fn: 0, tn: 0 });
    assert.deepEqual(judgeDate('2019-06', null), { tp: 0, fp: 1, fn: 0, tn: 0 });
  });

  it('scores silence as FN when the gold has a date', () => {
    assert.deepEqual(judgeDate(null, '2019-06-27'), { tp: 0, fp: 0, fn: 1, tn: 0 });
  });

  it('scores a no-date gold row as htmldate does by default, or fairly on request', () => {
    assert.deepEqual(judgeDate('2020-01-01', null), { tp: 0, fp: 1, fn: 0, tn: 0 });
    assert.deepEqual(judgeDate(null, null), { tp: 0, fp: 0, fn: 1, tn: 0 });
    assert.deepEqual(judgeDate(null, null, { silenceOnNoDate: 'tn' }), { tp: 0, fp: 0, fn: 0, tn: 1 });
  });

  it('gives the wrong-date rate among answers', () => {
    assert.equal(wrongDateRate({ tp: 3, fp: 1, fn: 10, tn: 0 }), 0.25);
    assert.equal(wrongDateRate({ tp: 0, fp: 0, fn: 5, tn: 0 }), 0);
  });
});

describe('firstDateOnPage', () => {
  it('finds the earliest ISO or day-first date', () => {
    assert.equal(firstDateOnPage('<p>Posted 03.11.2018, updated 2019-01-05</p>'), '2018-11-03');
    assert.equal(firstDateOnPage('<a href="/2017/07/12/post">x</a> 1.2. 2019'), '2017-07-12');
    assert.equal(firstDateOnPage('<p>Am 5.3.2016 geschrieben</p>'), '2016-03-05');
  });

  it('skips impossible days and answers null when nothing is date-like', () => {
    assert.equal(firstDateOnPage('31.02.2019 then 2019-13-01 then 2019-02-28'), '2019-02-28');
    assert.equal(firstDateOnPage('<p>version 1.2.3, call 030 1234</p>'), null);
  });
});

describe('parseLenientJson', () => {
  it('reads a bare NaN value as null and leaves NaN inside strings alone', () => {
    assert.deepEqual(parseLenientJson('{"a": {"file": "NaN.html", "date": NaN}, "b": [NaN, NaN]}'), {
      a: { file: 'NaN.html', date: null },
      b: [null, null],
    });
  });
});
