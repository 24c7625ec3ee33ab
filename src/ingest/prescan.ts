/**
 * Encoding declarations at the start of an HTML page: the XML declaration, `<meta charset>`
 * and `<meta http-equiv="Content-Type" content="…; charset=…">`, found roughly the way the
 * HTML standard's "prescan a byte stream to determine its encoding" does (comments and other
 * tags are stepped over, quoted attribute values may hold `>`).
 */

/** How many leading bytes the prescan reads (the HTML standard's figure). */
export const PRESCAN_BYTES = 1024;

/** A declared encoding label, in document order, and where it was declared. */
export interface CharsetDeclaration {
  label: string;
  rule: 'meta' | 'xml';
}

const SPACE = /[\t\n\f\r ]/;

/** Reads one attribute at `i` (HTML "get an attribute"); null at the end of the tag. */
function readAttribute(s: string, start: number): { name: string; value: string; next: number } | null {
  let i = start;
  while (i < s.length && (SPACE.test(s[i]!) || s[i] === '/')) i++;
  if (i >= s.length || s[i] === '>') return null;
  let name = s[i]!;
  i++;
  while (i < s.length && !SPACE.test(s[i]!) && !'=/>'.includes(s[i]!)) name += s[i++];
  while (i < s.length && SPACE.test(s[i]!)) i++;
  if (s[i] !== '=') return { name: name.toLowerCase(), value: '', next: i };
  i++;
  while (i < s.length && SPACE.test(s[i]!)) i++;
  const quote = s[i];
  if (quote === '"' || quote === "'") {
    const end = s.indexOf(quote, i + 1);
    if (end < 0) return null;
    return { name: name.toLowerCase(), value: s.slice(i + 1, end), next: end + 1 };
  }
  let value = '';
  while (i < s.length && !SPACE.test(s[i]!) && s[i] !== '>') value += s[i++];
  return { name: name.toLowerCase(), value, next: i };
}

/** Reads the attributes of a tag whose name ends at `start`; returns them and the index after `>`. */
function readAttributes(s: string, start: number): { attributes: Map<string, string>; next: number } {
  const attributes = new Map<string, string>();
  let i = start;
  for (;;) {
    const attribute = readAttribute(s, i);
    if (!attribute) break;
    if (!attributes.has(attribute.name)) attributes.set(attribute.name, attribute.value);
    i = attribute.next;
  }
  const end = s.indexOf('>', i);
  return { attributes, next: end < 0 ? s.length : end + 1 };
}

/** The charset named in a Content-Type value (HTML "extracting a character encoding from a meta element"). */
export function charsetFromContentType(content: string): string | null {
  const pattern = /charset/gi;
  for (let match = pattern.exec(content); match; match = pattern.exec(content)) {
    let i = match.index + match[0].length;
    while (i < content.length && SPACE.test(content[i]!)) i++;
    if (content[i] !== '=') continue;
    i++;
    while (i < content.length && SPACE.test(content[i]!)) i++;
    const quote = content[i];
    if (quote === '"' || quote === "'") {
      const end = content.indexOf(quote, i + 1);
      return end < 0 ? null : content.slice(i + 1, end);
    }
    const value = /^[^\t\n\f\r ;]*/.exec(content.slice(i))![0];
    return value === '' ? null : value;
  }
  return null;
}

/** The charset a `<meta>` element declares, following the standard's need-pragma rule. */
function metaCharset(attributes: Map<string, string>): string | null {
  const charset = attributes.get('charset');
  if (charset !== undefined && charset.trim() !== '') return charset.trim();
  const content = attributes.get('content');
  if (content === undefined || attributes.get('http-equiv')?.trim().toLowerCase() !== 'content-type') return null;
  return charsetFromContentType(content);
}

/**
 * How far a second prescan reads (64 KiB) when the bytes are not valid UTF-8 and the first
 * {@link PRESCAN_BYTES} declare nothing. Browsers honour a `<meta charset>` their parser meets
 * later too (the standard's "change the encoding", with a reparse); pages behind long script
 * preambles (web archives' replay headers, tag managers) declare theirs after the first KiB.
 */
export const LATE_PRESCAN_BYTES = 64 * 1024;

/**
 * Lists the encoding declarations in the first `limit` bytes, in order.
 * @param bytes the start of an HTML or XHTML document (after any BOM)
 * @param limit how many bytes to read ({@link PRESCAN_BYTES}, the standard's figure, by default)
 */
export function prescanCharsets(bytes: Uint8Array, limit: number = PRESCAN_BYTES): CharsetDeclaration[] {
  const s = Buffer.from(bytes.subarray(0, limit)).toString('latin1');
  const found: CharsetDeclaration[] = [];
  const xml = /^<\?xml\s[^>]*?\bencoding\s*=\s*(["'])([^"']*)\1/.exec(s);
  if (xml && xml[2]) found.push({ label: xml[2], rule: 'xml' });
  let i = 0;
  while (i < s.length) {
    const rest = s.slice(i, i + 6);
    if (rest.startsWith('<!--')) {
      const end = s.indexOf('-->', i + 2);
      if (end < 0) break;
      i = end + 3;
    } else if (/^<meta[\t\n\f\r /]/i.test(rest)) {
      const { attributes, next } = readAttributes(s, i + 5);
      const label = metaCharset(attributes);
      if (label) found.push({ label, rule: 'meta' });
      i = next;
    } else if (/^<\/?[a-z]/i.test(rest)) {
      let j = i + (rest[1] === '/' ? 2 : 1);
      while (j < s.length && !SPACE.test(s[j]!) && s[j] !== '>') j++;
      i = readAttributes(s, j).next;
    } else if (rest.startsWith('<!') || rest.startsWith('</') || rest.startsWith('<?')) {
      const end = s.indexOf('>', i + 2);
      if (end < 0) break;
      i = end + 1;
    } else {
      i++;
    }
  }
  return found;
}
