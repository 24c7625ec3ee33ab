/**
 * Binary detection: known signatures, NUL bytes in the first 8 KiB, and UTF-16 text (whose
 * NULs a byte-order mark explains) let through.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { binaryKind, BINARY_SNIFF_BYTES } from './binary.js';

test('known signatures are named', () => {
  assert.equal(binaryKind(Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')), 'PNG image');
  assert.equal(binaryKind(Buffer.from('ffd8ffe000104a464946', 'hex')), 'JPEG image');
  assert.equal(binaryKind(Buffer.from('GIF89a\x01\x00', 'latin1')), 'GIF image');
  assert.equal(binaryKind(Buffer.from('%PDF-1.7\n', 'latin1')), 'PDF document');
  assert.match(binaryKind(Buffer.from('504b0304140000000800', 'hex')) ?? '', /ZIP/);
  assert.equal(binaryKind(Buffer.from('1f8b0800000000000003', 'hex')), 'gzip archive');
  assert.equal(binaryKind(Buffer.from('7f454c46020101', 'hex')), 'ELF executable');
  assert.equal(binaryKind(Buffer.from('RIFF\x24\x00\x00\x00WEBPVP8 ', 'latin1')), 'WebP image');
});

test('NUL bytes within the first 8 KiB mean binary; later ones do not count', () => {
  assert.equal(binaryKind(Buffer.from('plain words\u0000more words', 'latin1')), 'NUL bytes');
  const late = Buffer.alloc(BINARY_SNIFF_BYTES + 10, 0x61);
  late[BINARY_SNIFF_BYTES + 5] = 0;
  assert.equal(binaryKind(late), null);
});

test('text, including UTF-16 with a BOM, is not binary', () => {
  assert.equal(binaryKind(Buffer.from('<!doctype html><p>Hello</p>', 'utf8')), null);
  assert.equal(binaryKind(Buffer.from('fffe' + '47007200fc00df00', 'hex')), null);
  assert.equal(binaryKind(Buffer.from('feff' + '0047007200fc00df', 'hex')), null);
  assert.equal(binaryKind(Buffer.from('47007200fc00df00', 'hex')), 'NUL bytes'); // UTF-16 without a BOM is not recognised
  assert.equal(binaryKind(Buffer.alloc(0)), null);
});
