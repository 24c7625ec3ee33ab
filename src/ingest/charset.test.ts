/**
 * Charset detection on real bytes (our own words, written as hex): BOMs, `<meta charset>`,
 * `http-equiv` Content-Type, the XML declaration, valid UTF-8, and the windows-1252 fallback.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeBytes } from './charset.js';
import { prescanCharsets } from './prescan.js';

const html = (head: string, bodyHex: string): Buffer => Buffer.concat([Buffer.from(head, 'latin1'), Buffer.from(bodyHex, 'hex')]);
/** "Café au lait – déjà vu, naïve façade." in windows-1252 (0x96 is the en dash, which ISO-8859-1 lacks). */
const CP1252_HEX = '436166e9206175206c61697420962064e96ae02076752c206e61ef7665206661e76164652e';
/** "東京の天気は晴れです。" in Shift_JIS. */
const SJIS_HEX = '938c8b9e82cc93568b4382cd90b082ea82c582b78142';

test('a UTF-8 BOM wins and is stripped', () => {
  const decoded = decodeBytes(Buffer.from('efbbbf' + Buffer.from('Grüße', 'utf8').toString('hex'), 'hex'), 'a.txt', false);
  assert.equal(decoded.content, 'Grüße');
  assert.deepEqual(decoded.encoding, { name: 'utf-8', rule: 'bom' });
  assert.deepEqual(decoded.messages, []);
});

test('UTF-16 LE and BE BOMs decode and are stripped', () => {
  const le = decodeBytes(Buffer.from('fffe' + '47007200fc00df006500200061007500730020004b00f6006c006e00', 'hex'), 'le.txt', false);
  assert.equal(le.content, 'Grüße aus Köln');
  assert.deepEqual(le.encoding, { name: 'utf-16le', rule: 'bom' });
  const be = decodeBytes(Buffer.from('feff' + '0047007200fc00df006500200061007500730020004b00f6006c006e', 'hex'), 'be.txt', false);
  assert.equal(be.content, 'Grüße aus Köln');
  assert.deepEqual(be.encoding, { name: 'utf-16be', rule: 'bom' });
});

test('<meta charset=windows-1252> decodes the en dash and accents', () => {
  const decoded = decodeBytes(html('<html><head><meta charset="windows-1252"><title>x</title></head><body><p>', CP1252_HEX), 'w.html', true);
  assert.ok(decoded.content.endsWith('<p>Café au lait – déjà vu, naïve façade.'));
  assert.deepEqual(decoded.encoding, { name: 'windows-1252', rule: 'meta' });
});

test('http-equiv Content-Type with shift_jis decodes Japanese', () => {
  const head = '<html><head><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=Shift_JIS"></head><body><p>';
  const decoded = decodeBytes(html(head, SJIS_HEX), 'j.html', true);
  assert.ok(decoded.content.endsWith('<p>東京の天気は晴れです。'));
  assert.deepEqual(decoded.encoding, { name: 'shift_jis', rule: 'meta' });
});

test('the XML declaration names the encoding of XHTML', () => {
  const decoded = decodeBytes(html('<?xml version="1.0" encoding="Shift_JIS"?>\n<html><body><p>', SJIS_HEX), 'j.xhtml', true);
  assert.ok(decoded.content.includes('東京の天気'));
  assert.equal(decoded.encoding.rule, 'xml');
});

test('declarations are not looked for in plain text', () => {
  const decoded = decodeBytes(Buffer.from('<meta charset="shift_jis"> plain words', 'latin1'), 't.txt', false);
  assert.deepEqual(decoded.encoding, { name: 'utf-8', rule: 'utf8-valid' });
});

test('valid UTF-8 without a declaration is UTF-8', () => {
  const decoded = decodeBytes(Buffer.from('<p>Zoë en Jürgen, 東京</p>', 'utf8'), 'u.html', true);
  assert.deepEqual(decoded.encoding, { name: 'utf-8', rule: 'utf8-valid' });
  assert.equal(decoded.content, '<p>Zoë en Jürgen, 東京</p>');
});

test('invalid UTF-8 with no declaration falls back to windows-1252 with a warning naming the file', () => {
  const decoded = decodeBytes(Buffer.from(CP1252_HEX, 'hex'), 'demo/old.txt', false);
  assert.equal(decoded.content, 'Café au lait – déjà vu, naïve façade.');
  assert.deepEqual(decoded.encoding, { name: 'windows-1252', rule: 'fallback' });
  assert.equal(decoded.messages.length, 1);
  const [warning] = decoded.messages;
  assert.equal(warning?.code, 'ingest/invalid-utf8');
  assert.equal(warning?.severity, 'warning');
  assert.match(warning?.reason ?? '', /^demo\/old\.txt: .*not valid UTF-8.*offset 3.*windows-1252\.$/);
  assert.equal(warning?.place?.offset, 3);
});

test('an unknown declared label is ignored with a message, and detection goes on', () => {
  const decoded = decodeBytes(html('<meta charset="klingon-8"><meta charset="windows-1252"><p>', CP1252_HEX), 'k.html', true);
  assert.deepEqual(decoded.encoding, { name: 'windows-1252', rule: 'meta' });
  assert.equal(decoded.messages[0]?.code, 'ingest/unknown-charset');
  assert.match(decoded.messages[0]?.reason ?? '', /^k\.html: .*"klingon-8"/);
  const alone = decodeBytes(Buffer.from('<meta charset="klingon-8"><p>plain</p>', 'utf8'), 'k2.html', true);
  assert.deepEqual(alone.encoding, { name: 'utf-8', rule: 'utf8-valid' });
  assert.equal(alone.messages[0]?.code, 'ingest/unknown-charset');
});

test('a page declaring UTF-8 with bad bytes keeps UTF-8 and warns', () => {
  const decoded = decodeBytes(html('<meta charset="utf-8"><p>', CP1252_HEX), 'bad.html', true);
  assert.deepEqual(decoded.encoding, { name: 'utf-8', rule: 'meta' });
  assert.equal(decoded.messages[0]?.code, 'ingest/invalid-utf8');
  assert.ok(decoded.content.includes('\uFFFD'));
});

test('prescan skips comments, honours quoted ">" and stops after 1024 bytes', () => {
  assert.deepEqual(prescanCharsets(Buffer.from('<!-- <meta charset="koi8-r"> --><meta charset=iso-8859-2>')), [{ label: 'iso-8859-2', rule: 'meta' }]);
  assert.deepEqual(prescanCharsets(Buffer.from('<a title="x > <meta charset=koi8-r>"><meta content="text/html;charset=\'gb18030\'" http-equiv="content-type">')), [
    { label: 'gb18030', rule: 'meta' },
  ]);
  assert.deepEqual(prescanCharsets(Buffer.from('<meta content="text/html; charset=gb18030">')), []); // no http-equiv: ignored
  assert.deepEqual(prescanCharsets(Buffer.from(`<p>${'x'.repeat(1100)}</p><meta charset="koi8-r">`)), []);
});

test('a meta declaring UTF-16 without a BOM is read as UTF-8 (HTML standard)', () => {
  const decoded = decodeBytes(Buffer.from('<meta charset="utf-16"><p>Jürgen</p>', 'utf8'), 'x.html', true);
  assert.deepEqual(decoded.encoding, { name: 'utf-8', rule: 'meta' });
  assert.equal(decoded.content, '<meta charset="utf-16"><p>Jürgen</p>');
});

test('windows-1252 maps 0x80–0x9F to the WHATWG characters (Node\'s own decoder does not)', () => {
  const decoded = decodeBytes(Buffer.from('80828485919293949697999c9f81', 'hex'), 'c1.txt', false);
  assert.equal(decoded.content, '€‚„…‘’“”–—™œŸ\u0081');
  const declared = decodeBytes(Buffer.from('<meta charset="iso-8859-1"><p>\x93ok\x94</p>', 'latin1'), 'l.html', true);
  assert.deepEqual(declared.encoding, { name: 'windows-1252', rule: 'meta' });
  assert.ok(declared.content.includes('“ok”'));
});

test('a page that is not UTF-8 and declares its encoding only after 1 KiB of scripts is read in it', () => {
  const preamble = `<html><head>${'<script src="/replay/bundle.js" charset="utf-8"></script>\n'.repeat(25)}`;
  const head = `${preamble}<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head><body><p>`;
  assert.ok(head.length > 1024);
  const decoded = decodeBytes(html(head, SJIS_HEX), 'late.html', true);
  assert.ok(decoded.content.endsWith('<p>東京の天気は晴れです。'));
  assert.deepEqual(decoded.encoding, { name: 'shift_jis', rule: 'meta' });
  assert.deepEqual(decoded.messages, []);
});

test('a late declaration does not override valid UTF-8', () => {
  const head = `<p>${'é'.repeat(600)}</p><meta charset="koi8-r"><p>`;
  const decoded = decodeBytes(Buffer.from(head, 'utf8'), 'late-utf8.html', true);
  assert.deepEqual(decoded.encoding, { name: 'utf-8', rule: 'utf8-valid' });
});
