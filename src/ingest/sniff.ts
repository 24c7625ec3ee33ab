/**
 * Guessing the format of an input whose name does not say it (stdin, or a file named
 * explicitly with an unknown extension). Choice: sniff rather than refuse, because captures
 * often come with odd names (`page.php`, `article`, `dump.out`); binary data is refused
 * earlier by {@link import('./binary.js').binaryKind}.
 */
import { decodeBytes, detectBom } from './charset.js';

/** Bytes of an input examined to tell HTML from text (plenty for leading whitespace). */
const SNIFF_HEAD_BYTES = 1024;

/** The head of the input as text (BOM-aware; latin1 is enough to read markup names). */
function headText(bytes: Uint8Array): string {
  const bom = detectBom(bytes);
  const head = bytes.subarray(bom?.length ?? 0, SNIFF_HEAD_BYTES);
  return bom && bom.encoding !== 'utf-8' ? new TextDecoder(bom.encoding).decode(head) : Buffer.from(head).toString('latin1');
}

/** The first non-whitespace character of a head text, or '' when there is none. */
function firstCharacter(head: string): string {
  return /^\s*(\S?)/.exec(head)?.[1] ?? '';
}

/**
 * True when the first non-blank line opens a JSON object (the JSONL test shared by files and
 * stdin). Whether it parses is not asked: a JSONL input whose first line is broken is still JSONL,
 * so that line is reported as `ingest/jsonl-syntax` and the lines after it are read.
 */
export function firstLineOpensJsonObject(text: string): boolean {
  const line = text.replace(/^\uFEFF/, '').split('\n').find((l) => l.trim() !== '');
  return line !== undefined && line.trimStart().startsWith('{');
}

/** An XML declaration and comments, then the root element of an RSS, RDF or Atom feed. */
const FEED_ROOT = /^\s*(?:<\?xml[^>]*>\s*)?(?:<\?xml-stylesheet[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)[\s>]/;

/**
 * Guesses the format of whole, non-binary bytes: `feed` when the root element is `<rss>`,
 * `<rdf:RDF>` or `<feed>`; `html` when the first character is otherwise `<`;
 * `jsonl` when every non-blank line starts with `{` (so a JSONL file with a broken line, even the
 * first, is still read as JSONL and the line reported); otherwise `text`.
 */
export function sniffFormat(bytes: Uint8Array): 'html' | 'text' | 'jsonl' | 'feed' {
  const head = headText(bytes);
  const first = firstCharacter(head);
  if (first === '<') return FEED_ROOT.test(head) ? 'feed' : 'html';
  if (first !== '{' || detectBom(bytes)?.encoding.startsWith('utf-16')) return 'text';
  const text = decodeBytes(bytes, '', false).content;
  return text.split('\n').every((line) => line.trim() === '' || line.trimStart().startsWith('{')) ? 'jsonl' : 'text';
}
