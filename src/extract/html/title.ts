/**
 * Cleaning a page title: the site suffix (`Headline | Site`, `Headline - Site`) or prefix is
 * removed when it names the site, or when the separator is a pipe and the part is short.
 */

const SEPARATOR = /\s+(?:\||-|–|—|·|::|»)\s+/u;
/** A pipe-separated part of at most this many words is taken as a site or section name. */
const SITE_PART_MAX_WORDS = 4;

/** Partial matches between a title part and the site name need this many characters (short names like `ad` match too much). */
const SITE_NAME_MIN_MATCH = 4;

function fold(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function namesSite(part: string, site: string[]): boolean {
  const folded = fold(part);
  return (
    folded !== '' &&
    site.some((name) => name !== '' && (folded === name || (name.length >= SITE_NAME_MIN_MATCH && (folded.includes(name) || name.includes(folded)))))
  );
}

/**
 * Removes a site name from a title.
 * @param title the raw `<title>` or `og:title`
 * @param siteNames the site name and host name when known (e.g. `Example News`, `example.com`)
 */
export function cleanTitle(title: string, siteNames: readonly (string | null)[]): string {
  const trimmed = title.replace(/\s+/gu, ' ').trim();
  const site = siteNames.filter((name): name is string => !!name).flatMap((name) => [fold(name), fold(name.replace(/^www\./u, '').replace(/\.[a-z]+$/u, ''))]);
  const parts = trimmed.split(SEPARATOR);
  if (parts.length < 2) return trimmed;
  const separators = trimmed.match(new RegExp(SEPARATOR.source, 'gu')) ?? [];
  const last = parts.at(-1) ?? '';
  const first = parts[0] ?? '';
  const lastIsPipe = /\|/u.test(separators.at(-1) ?? '');
  if (namesSite(last, site) || (lastIsPipe && last.split(/\s+/u).length <= SITE_PART_MAX_WORDS)) {
    return trimmed.slice(0, trimmed.length - last.length).replace(new RegExp(`${SEPARATOR.source}$`, 'u'), '').trim();
  }
  if (namesSite(first, site)) return trimmed.slice(first.length).replace(new RegExp(`^${SEPARATOR.source}`, 'u'), '').trim();
  return trimmed;
}
