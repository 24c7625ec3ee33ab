/**
 * Publication dates that a page states only inside its scripts: the state objects script-built pages
 * ship to the browser (`window.__INITIAL_STATE__ = {…}`, Next.js `__NEXT_DATA__`, `<script
 * type="application/json">` islands), where the article is a JSON object with a key such as
 * `"datePublished"` or `"publishedDate"`. JSON-LD scripts are read elsewhere (`html-metadata.ts`)
 * and skipped here. The origin is `script:<key>`, ranked last among own candidates (see
 * `candidates.ts`): such a key is used only when the page shows and declares nothing else.
 */
import type { DateCandidate } from '../pipeline/types.js';
import type { DateDom } from './html-metadata.js';

/**
 * Keys naming an object's publication in script state objects (camel, snake and plain spellings
 * seen in CMS and shop state: schema.org's own name, `publishedDate`, `published_at`, …). Keys for
 * creation or change (`createdAt`, `updatedAt`) are left out: in state objects they date comments,
 * users and media blocks as often as the article.
 */
const PUBLISHED_KEYS = /["']\\?(datePublished|publishedDate|publishDate|published_at|publishedAt|date_published|publish_date|firstPublishedDate|firstPublishedAt|pubDate)\\?["']\s*:\s*\\?["'](\d{4}-\d{2}-\d{2}(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)\\?["']/g;

/**
 * Distinct days beyond which the keys belong to a list of entries (a front page's teasers, related
 * articles), none of them the page's own: two allow a main object and one repeat in another form;
 * chosen like `MAX_BYLINE_DATES` (published.ts), with which it agrees in meaning.
 */
export const MAX_SCRIPT_DAYS = 2;

/** Script bodies longer than this are not searched (a bundled library, not a state object). */
const MAX_SCRIPT_CHARS = 2_000_000;

/** True for a JSON-LD script (read by `html-metadata.ts`, not here). */
function isJsonLd(type: string | null, body: string): boolean {
  if (type !== null && /ld\+json/i.test(type)) return true;
  return (type === null || type.trim() === '') && /^\s*[[{]/.test(body) && body.includes('"@context"');
}

/**
 * The first publication key's value in the page's non-JSON-LD scripts, as a `script:<key>`
 * candidate; none when no script has one, or when the keys name more than {@link MAX_SCRIPT_DAYS}
 * distinct days (a list of entries).
 * @param dom a parsed page
 */
export function scriptDateCandidates(dom: DateDom): DateCandidate[] {
  const found: { key: string; value: string }[] = [];
  for (const script of dom.querySelectorAll('script')) {
    const body = script.textContent ?? '';
    if (body.length > MAX_SCRIPT_CHARS || isJsonLd(script.getAttribute('type'), body)) continue;
    for (const match of body.matchAll(PUBLISHED_KEYS)) {
      if (match[1] && match[2]) found.push({ key: match[1], value: match[2] });
    }
  }
  const first = found[0];
  if (!first) return [];
  const days = new Set(found.map((f) => f.value.slice(0, 10)));
  if (days.size > MAX_SCRIPT_DAYS) return [];
  return [{ text: first.value, origin: `script:${first.key}`, own: true }];
}
