/**
 * Which elements of a page are chrome (navigation, sidebars, comments, forms, ads) rather
 * than content, judged from the tag, the ARIA role, `hidden`, and class/id words. The class
 * words are markup conventions, not natural language.
 */
import { closest, tagOf, type DomElement, type DomNode } from './dom.js';

/** Elements whose subtree never holds article text. */
const NEVER_CONTENT = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'button', 'select', 'textarea', 'form', 'nav',
  'aside', 'footer', 'input', 'head', 'object', 'canvas', 'video', 'audio', 'dialog', 'menu', 'figcaption',
]);

/** ARIA roles of page regions that are not the article. */
const CHROME_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'search', 'dialog', 'alert', 'menu', 'menubar']);

/** Class or id words of chrome containers (comment threads, share bars, related lists, ads …). */
const CHROME_CLASS =
  /(?:^|[\s_-])(?:comments?|comment-list|disqus|share|sharing|social|related|newsletter|cookies?|consent|advert|advertisement|ads?|promo|sidebar|breadcrumbs?|navigation|navbar|menu|footer|subscribe|paywall|recommended|popular|most-read|teasers?|outbrain|taboola)(?:$|[\s_-])/iu;

/** True for `<header>`, banners and similar page headers outside the article. */
function isPageHeader(element: DomElement, tag: string): boolean {
  if (tag !== 'header' && element.getAttribute('role') !== 'banner') return false;
  return closest(element, (ancestor) => ancestor !== element && (tagOf(ancestor) === 'article' || tagOf(ancestor) === 'main')) === null;
}

/** True when `element` (and so its whole subtree) is page chrome and holds no article text. */
export function isChromeElement(element: DomElement): boolean {
  const tag = tagOf(element);
  if (NEVER_CONTENT.has(tag)) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const role = element.getAttribute('role');
  if (role !== null && CHROME_ROLES.has(role.toLowerCase())) return true;
  if (isPageHeader(element, tag)) return true;
  if (tag === 'article' || tag === 'main' || tag === 'body' || tag === 'html') return false;
  const words = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return CHROME_CLASS.test(words);
}

/** True when `node` lies inside a chrome element (checked up to the document root). */
export function insideChrome(node: DomNode): boolean {
  return closest(node, isChromeElement) !== null;
}
