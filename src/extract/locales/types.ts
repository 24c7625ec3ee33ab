/**
 * The shape of one language's extraction vocabulary. Each `locales/<lang>/index.ts` exports
 * one {@link ExtractLocale}: generic page-interface words and small patterns, held as data
 * so that the classifier itself never branches on a language.
 */

/** Interface vocabulary and date words of one language, used to tell page chrome from content. */
export interface ExtractLocale {
  /** ISO 639-1 code of the language. */
  readonly code: string;
  /**
   * Whole lines that are page chrome (share buttons, comment prompts, labels). Compared
   * case-insensitively after trimming, ignoring a trailing colon and a count such as `(0)`.
   */
  readonly interfaceLines: readonly string[];
  /** Beginnings that make a short line page chrome, e.g. a reading-time label or an image alt text. */
  readonly interfacePrefixes: readonly string[];
  /** Whole-line interface patterns (regular-expression sources, case-insensitive), e.g. a reading-time label. */
  readonly interfacePatterns: readonly string[];
  /** Words that make a short line a site prompt wherever they occur in it (webmail, cookies, newsletter). */
  readonly promptWords: readonly string[];
  /** Headings that open a list of other reports: whatever follows is a digest of briefs, not the article. */
  readonly digestHeadings: readonly string[];
  /** Headings of an inline related-link box; the marker and the teaser headline after it are dropped. */
  readonly relatedMarkers: readonly string[];
  /**
   * Headings that end the article: a box of related posts or a note about the author follows,
   * and nothing after them belongs to the article (they act like a comment-section heading).
   */
  readonly endMarkers: readonly string[];
  /** Headings that open the comment section; the lines after them are dropped. */
  readonly commentMarkers: readonly string[];
  /** Labels that open the comment section only with a count, as in `Comment (0)` (alone they may be crossheads). */
  readonly commentCountLabels: readonly string[];
  /**
   * Class or id words (lower case) that sites of this language give the comment section in
   * their markup, e.g. `kommentare` in `<section id="kommentare">`.
   */
  readonly commentClassWords: readonly string[];
  /** Relative-timestamp patterns (regular-expression sources, matched case-insensitively). */
  readonly relativeStamps: readonly string[];
  /** Labels of a photo credit, e.g. `Foto` in `Foto: Name/Agency`. */
  readonly photoLabels: readonly string[];
  /**
   * Labels that number or name a figure, e.g. `Abbildung` in `Abbildung 4: Die Schichten im Schnee`:
   * such a line is the figure's caption, not body text.
   */
  readonly figureLabels: readonly string[];
  /** Words inside a trailing parenthetical photo credit, e.g. `via` in `(Embassy via AP)`. */
  readonly creditViaWords: readonly string[];
  /** Labels of a source line, e.g. `Source` in `Source: https://…`. */
  readonly sourceLabels: readonly string[];
  /** Words that open a byline, e.g. `By` in `By Jane Doe`. */
  readonly bylinePrefixes: readonly string[];
  /** Lower-case words that may join or sit inside personal names in a byline (`and`, `van`). */
  readonly nameJoiners: readonly string[];
  /** Words of an attribution inside an author line's parentheses, e.g. `according to`. */
  readonly attributionWords: readonly string[];
  /** Month names, January first; each entry lists the full name and common abbreviations. */
  readonly months: readonly (readonly string[])[];
  /** Weekday names that may open a byline date. */
  readonly weekdays: readonly string[];
  /** Labels before a byline date, e.g. `Updated`, `Published on`. */
  readonly datePrefixes: readonly string[];
  /**
   * Labels of an update stamp, e.g. `Bijgewerkt` in `Bijgewerkt: 15 minuten geleden`: the time
   * of the last edit, never the publication.
   */
  readonly updateLabels: readonly string[];
  /**
   * Words that address the reader (`je`, `Sie`, `you`, `vous`), as written. Entries starting
   * with a capital match only as written and not at the start of a sentence (German `Sie`).
   */
  readonly readerPronouns: readonly string[];
  /**
   * Words of a site's call to action (subscribe, download the app, follow us, share, donate), as
   * written, inflected forms listed: a short line at the end of an article that addresses the
   * reader with one of them is a site prompt, not the article's last paragraph.
   */
  readonly callToActionWords: readonly string[];
  /** The phrase of a rights notice, e.g. `All rights reserved`: a short line holding it is the site's copyright footer. */
  readonly rightsReserved: readonly string[];
  /**
   * Phrases of a site's disclaimer about what it publishes, e.g. `do not necessarily reflect the views`,
   * `n'engagent que leurs auteurs`: a short line holding one is a legal footer, like a rights notice.
   */
  readonly disclaimers: readonly string[];
  /** Words of reported speech and attribution (`zei`, `sagte`, `said`, `selon`): reporting, not a site prompt. */
  readonly reportingWords: readonly string[];
  /** Words that may follow a clock time, e.g. `Uhr`. */
  readonly timeSuffixes: readonly string[];
}
