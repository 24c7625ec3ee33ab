import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findIsoDates, parseMachineDate } from './iso.js';
import { findTimeExpressions } from './times.js';

test('CJK dates are read as machine dates in any language: day, and minute with a clock time', () => {
  const day = parseMachineDate('2020年07月03日', 0);
  assert.ok(day && 'value' in day && day.value.precision === 'day' && day.value.wall.month === 7 && day.value.wall.day === 3);
  const korean = parseMachineDate('2020년 3월 4일 17:16', 0);
  assert.ok(korean && 'value' in korean && korean.value.instant === Date.UTC(2020, 2, 4, 17, 16));
  const impossible = parseMachineDate('2023年2月29日', 0);
  assert.ok(impossible && 'invalid' in impossible);
});

test('CJK dates inside running text, with their span; digits glued to them are not dates', () => {
  assert.deepEqual(findIsoDates('发布于 2020年7月3日 12:00 来源', 0).map((f) => [f.text, f.rule]), [['2020年7月3日 12:00', 'dates/cjk']]);
  assert.deepEqual(findIsoDates('编号 120200年7月3日', 0), []);
  // Also inside a page in a language with a locale (a quoted Japanese date on an English page).
  const found = findTimeExpressions('The ministry notice (2024年4月10日) was posted online.', 'en', new Date('2024-06-01T12:00:00Z'));
  assert.deepEqual(found.map((f) => [f.text, f.date, f.precision]), [['2024年4月10日', '2024-04-10', 'day']]);
});
