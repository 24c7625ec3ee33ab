/**
 * Datelines of wire copy: `KYIV (ANP/RTR/AFP) - …`, `WASHINGTON/TOKIO (ANP) - …`,
 * `Berlin (dpa) - …`, `BERLIN, 12. März (dpa) - …`. The place is kept as written.
 */
import type { Dateline } from '../../pipeline/types.js';
import { isDatelineDate } from './dates.js';

/** A dateline found at the start of a paragraph. */
export interface ParsedDateline {
  dateline: Dateline;
  /** The date written in the dateline, if any (e.g. `12. März`). */
  dateText: string | null;
  /** The dateline prefix as written, including the dash. */
  prefix: string;
  /** The paragraph after the dateline. */
  rest: string;
}

const CAPS_WORD = "\\p{Lu}[\\p{Lu}\\p{M}'’.-]*";
const NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";
const DASH = '\\s*[-–—]+\\s+';

/** Place (capitalised words), optional `, date`, agencies in parentheses, dash. */
const WITH_AGENCY = new RegExp(
  `^(${NAME_WORD}(?:[ /]${NAME_WORD}){0,3})(?:,\\s*([^()]{1,40}?))?\\s*\\(([\\p{L}][\\p{L}.& ]{0,24}(?:\\s*[/,]\\s*[\\p{L}][\\p{L}.& ]{0,24}){0,5})\\)${DASH}(?=\\S)`,
  'u',
);

/** Place in capitals, optional `, date`, dash: `KYIV - …` (no agency). */
const CAPS_ONLY = new RegExp(`^(${CAPS_WORD}(?:[ /]${CAPS_WORD}){0,3})(?:,\\s*([^()]{1,40}?))?${DASH}(?=\\p{Lu}|["“„'])`, 'u');

/** Parses a dateline at the start of `paragraph`, or returns null. */
export function parseDateline(paragraph: string): ParsedDateline | null {
  const withAgency = WITH_AGENCY.exec(paragraph);
  const match = withAgency ?? CAPS_ONLY.exec(paragraph);
  if (!match) return null;
  const place = (match[1] ?? '').trim();
  if (!withAgency && place.replace(/[^\p{L}]/gu, '').length < 3) return null;
  const dateText = match[2]?.trim() ?? null;
  if (dateText !== null && !isDatelineDate(dateText)) return null;
  const agencies = withAgency
    ? (match[3] ?? '').split(/[/,]/u).map((agency) => agency.trim()).filter((agency) => agency !== '')
    : [];
  const prefix = match[0];
  return { dateline: { place, agencies }, dateText, prefix: prefix.trim(), rest: paragraph.slice(prefix.length).trim() };
}
