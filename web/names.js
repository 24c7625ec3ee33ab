// @ts-check
/** Entity names in the reader's chosen language. */

const KEY = 'dossier.readerLang';

/** The reader's chosen language for names ('' for names as stored). */
export function readerLang() {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

/** @param {string} lang */
export function setReaderLang(lang) {
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    /* storage unavailable: the choice lasts for this page only */
  }
}

/**
 * The name of an entity in the reader's language when known, else its display name.
 * @param {{ name: string, names?: Record<string, string[]> } | undefined} entity
 * @param {string} fallback
 */
export function displayName(entity, fallback) {
  if (!entity) return fallback;
  const lang = readerLang();
  return (lang && entity.names?.[lang]?.[0]) || entity.name || fallback;
}

const LANGUAGES = /** @type {Record<string, string>} */ ({ en: 'English', de: 'German', nl: 'Dutch', fr: 'French', es: 'Spanish', it: 'Italian', und: 'undetermined' });

/** @param {string | null} code */
export function languageName(code) {
  return code ? `${LANGUAGES[code] ?? code} (${code})` : 'unknown language';
}
