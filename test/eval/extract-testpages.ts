/**
 * Page metadata on Readability's test pages (`extraction/readability-testpages`, 130 folders
 * with `source.html.gz` and `expected-metadata.json`): title, byline and language of Dossier's
 * first item against Readability's own answers, both compared with the expected values by
 * {@link matchMetadata}. The expected values are Readability's own output on its JSDOM build,
 * so Readability is at home here; this set measures Dossier's metadata, not a neutral gold.
 *
 * Dossier's language is the page's declared language (`item.declaredLang`, the same source as
 * Readability's `lang`). Beside it, the rate of Dossier's detector on title + text, taken over
 * the pages whose expected language is stated (a detector always answers, a null never matches).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { detectLanguage } from '../../src/language/index.js';
import { evalSet, secondsSince, type Log } from './common.js';
import { fmt, formatTable } from './confusion.js';
import { htmlDocument, runOurs } from './document.js';
import { matchMetadata, type PageMetadata } from './metadata.js';
import { runReadability } from './readability-baseline.js';

/** Capture time given to every page: metadata does not depend on it. */
const CAPTURED_AT = '2026-01-01T00:00:00Z';

/** Match rates of one extractor over the pages. */
export interface MetadataRates {
  title: number;
  byline: number;
  lang: number;
  pagesPerSecond: number;
}

/** The whole test-pages result. */
export interface TestPagesResult {
  pages: number;
  /** Pages whose expected language is stated (the base of `langDetected`). */
  pagesWithLang: number;
  dossier: MetadataRates & { langDetected: number };
  readability: MetadataRates;
}

/**
 * Runs both extractors over the test pages and prints the table; null when the set is absent.
 * @param log where to print
 */
export function evalTestPages(log: Log): TestPagesResult | null {
  const dir = evalSet(log, 'extraction', 'readability-testpages');
  if (!dir) return null;
  const root = join(dir, 'test', 'test-pages');
  const ours = { title: 0, byline: 0, lang: 0, langDetected: 0, seconds: 0 };
  const theirs = { title: 0, byline: 0, lang: 0, seconds: 0 };
  let pages = 0;
  let pagesWithLang = 0;
  for (const slug of readdirSync(root).sort()) {
    const source = join(root, slug, 'source.html.gz');
    const expectedPath = join(root, slug, 'expected-metadata.json');
    if (!existsSync(source) || !existsSync(expectedPath)) continue;
    pages += 1;
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as PageMetadata;
    const document = htmlDocument(`readability-testpages/${slug}`, gunzipSync(readFileSync(source)), CAPTURED_AT);
    let start = performance.now();
    const first = runOurs(document).items[0];
    ours.seconds += secondsSince(start);
    start = performance.now();
    const readability = runReadability(document.content);
    theirs.seconds += secondsSince(start);
    const our = matchMetadata(expected, { title: first?.title ?? null, byline: first?.byline ?? null, lang: first?.declaredLang ?? null });
    const detected = first ? detectLanguage(`${first.title ?? ''}\n\n${first.text}`).code : null;
    const their = matchMetadata(expected, readability);
    ours.title += Number(our.title);
    ours.byline += Number(our.byline);
    ours.lang += Number(our.lang);
    if (expected.lang) {
      pagesWithLang += 1;
      ours.langDetected += Number(matchMetadata(expected, { title: null, byline: null, lang: detected }).lang);
    }
    theirs.title += Number(their.title);
    theirs.byline += Number(their.byline);
    theirs.lang += Number(their.lang);
  }
  const rate = (n: number) => (pages ? n / pages : 0);
  const speed = (seconds: number) => (seconds > 0 ? pages / seconds : 0);
  const result: TestPagesResult = {
    pages,
    pagesWithLang,
    dossier: { title: rate(ours.title), byline: rate(ours.byline), lang: rate(ours.lang), langDetected: pagesWithLang ? ours.langDetected / pagesWithLang : 0, pagesPerSecond: speed(ours.seconds) },
    readability: { title: rate(theirs.title), byline: rate(theirs.byline), lang: rate(theirs.lang), pagesPerSecond: speed(theirs.seconds) },
  };
  log(`readability-testpages: ${pages} pages; match rates against expected-metadata.json (Readability's own output)`);
  log(
    formatTable([
      ['extractor', 'title', 'byline', 'lang', `lang (detector, ${pagesWithLang} pages)`, 'pages/s'],
      ['dossier', fmt(result.dossier.title), fmt(result.dossier.byline), fmt(result.dossier.lang), fmt(result.dossier.langDetected), result.dossier.pagesPerSecond.toFixed(1)],
      ['readability+linkedom', fmt(result.readability.title), fmt(result.readability.byline), fmt(result.readability.lang), '-', result.readability.pagesPerSecond.toFixed(1)],
    ]),
  );
  return result;
}
