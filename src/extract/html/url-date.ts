/**
 * A publication date written in a URL path: `/2024/04/10/…` or `/2024-04-10-…`.
 */

const SLASHED = /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?:\/|$|[?#])/u;
const DASHED = /[/_-]((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[/_.-]|$|[?#])/u;

/** The date in `url`'s path as written (`2024/04/10`, `2024-04-10`), or null; months and days must be in range. */
export function urlDate(url: string | null): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url;
  }
  for (const [pattern, joiner] of [[SLASHED, '/'], [DASHED, '-']] as const) {
    const match = pattern.exec(path);
    if (!match) continue;
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return [match[1], match[2], match[3]].join(joiner);
  }
  return null;
}
