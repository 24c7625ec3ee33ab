/**
 * Finding persons: a name after a role (`Botschafter Rahm Emanuel`), a known given name and a
 * surname (`Joe Biden`), a name in apposition to a role (`Rahm Emanuel, the ambassador` /
 * `the ambassador to Japan, Rahm Emanuel,`), and a second name joined by `and` to a found one.
 * A capitalised word alone is never enough: German capitalises every noun.
 */
import type { TextContext } from './context.js';
import { isGivenName } from './names.js';
import { MAX_NAME_WORDS, parseName, type ParsedName } from './name-parse.js';
import { isRoleWord, roleCues, type RoleCue } from './roles.js';
import { GAP_BREAK, GAP_NONE, GAP_SPACE } from './tokenize.js';

/** Most words between a role and the comma before a name in apposition (`US-Botschafter in Japan, …`). */
export const MAX_APPOSITION_GAP = 4;

/** How a person was found; becomes the provenance rule `entities/person/<cue>`. */
export type PersonCue = 'role' | 'given-name' | 'apposition' | 'coordination' | 'speech' | 'nationality';

/** A person found in the tokens. */
export interface PersonSpan extends ParsedName {
  cue: PersonCue;
  /** The text that supports it (the role and the name, or the name). */
  evidence: string;
}

const CLOSERS = new Set([',', '.', ')', ';', ':', '(', '–', '—']);

function span(ctx: TextContext, start: number, end: number): string {
  return ctx.text.slice(ctx.tokens[start]!.start, ctx.tokens[end - 1]!.end);
}

/** A name right after a role, skipping the abbreviation dot (`Dr. Jane Smith`) and a comma. */
function nameAfterRole(ctx: TextContext, cue: RoleCue): ParsedName | null {
  let at = cue.end;
  const next = ctx.tokens[at];
  if (next?.key === '.' && next.gap === GAP_NONE) at++;
  return parseName(ctx, at, 1);
}

/** `role [in Japan], Rahm Emanuel,`: a full name after a comma a few words after the role. */
function nameInAppositionAfter(ctx: TextContext, cue: RoleCue): ParsedName | null {
  const { tokens } = ctx;
  for (let i = cue.end; i < tokens.length && i <= cue.end + MAX_APPOSITION_GAP; i++) {
    const token = tokens[i]!;
    if (token.gap === GAP_BREAK) return null;
    if (token.key === ',') {
      const name = parseName(ctx, i + 1, 2);
      const after = name ? tokens[name.end] : undefined;
      return name && (!after || after.gap === GAP_BREAK || CLOSERS.has(after.key)) ? name : null;
    }
    if (!token.word && token.key !== '-') return null;
  }
  return null;
}

/** `Rahm Emanuel, de Amerikaanse ambassadeur`: a full name before a comma a few words before the role. */
function nameInAppositionBefore(ctx: TextContext, cue: RoleCue): ParsedName | null {
  const { tokens } = ctx;
  for (let i = cue.start - 1; i >= 0 && i >= cue.start - 1 - MAX_APPOSITION_GAP; i--) {
    const token = tokens[i]!;
    if (token.key === ',') {
      // The earliest start that still ends at the comma gives the longest name.
      for (let start = Math.max(0, i - 2 * MAX_NAME_WORDS); start < i; start++) {
        const name = parseName(ctx, start, 2);
        if (name && name.end === i) return name;
      }
      return null;
    }
    if (token.gap === GAP_BREAK || (!token.word && token.key !== '-')) return null;
    if (token.word && /^\p{Lu}/u.test(token.key) && !ctx.covered[i] && !isRoleWord(ctx.locale, token.lower)) return null;
  }
  return null;
}

/** Tokens that are verbs of saying directly followed by a capitalised word (`, zegt Peeters`). */
function speechCues(ctx: TextContext): number[] {
  const cues: number[] = [];
  for (let i = 0; i + 1 < ctx.tokens.length; i++) {
    const token = ctx.tokens[i]!;
    if (ctx.locale.speechVerbs.has(token.lower) && !ctx.covered[i] && ctx.tokens[i + 1]!.gap === GAP_SPACE) cues.push(i);
  }
  return cues;
}

/**
 * Where a name may follow a nationality (`de Belg Tom Boonen`, `der Franzose Louis Saha`): the
 * token after a demonym that names a person. An adjective of nationality never counts: it
 * precedes a noun phrase (`Philippine Coast Guard`, `Japanse Zelfverdedigingstroepen`).
 */
function nationalityCues(ctx: TextContext): number[] {
  const cues: number[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    const hit = ctx.covered[i];
    if (!hit || hit.entry.kind !== 'demonym' || hit.end !== i + 1 || !hit.entry.inhabitant) continue;
    cues.push(i + 1);
  }
  return cues;
}

/** Every person the cues point to, left to right, without overlaps (earlier and longer wins). */
export function findPersons(ctx: TextContext): PersonSpan[] {
  const found: PersonSpan[] = [];
  const taken = new Array<boolean>(ctx.tokens.length).fill(false);
  const add = (name: ParsedName | null, cue: PersonCue, evidenceStart: number): PersonSpan | null => {
    if (!name) return null;
    for (let i = name.start; i < name.end; i++) if (taken[i]) return null;
    taken.fill(true, name.start, name.end);
    const person: PersonSpan = { ...name, cue, evidence: span(ctx, Math.min(evidenceStart, name.start), Math.max(name.end, evidenceStart + 1)) };
    found.push(person);
    return person;
  };
  const coordinate = (person: PersonSpan | null): void => {
    if (!person) return;
    const conjunction = ctx.tokens[person.end];
    if (!conjunction || !ctx.locale.conjunctions.has(conjunction.lower)) return;
    const next = parseName(ctx, person.end + 1, 2);
    const given = next !== null && isGivenName(next.words[0] ?? '');
    if (next && (given || !ctx.locale.capitalisesNouns)) add(next, given ? 'given-name' : 'coordination', given ? next.start : person.start);
  };
  for (const cue of roleCues(ctx)) {
    const direct = nameAfterRole(ctx, cue);
    coordinate(add(direct, 'role', cue.start));
    if (!direct) add(nameInAppositionAfter(ctx, cue), 'apposition', cue.start);
    add(nameInAppositionBefore(ctx, cue), 'apposition', cue.start);
  }
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (taken[i] || !isGivenName(ctx.tokens[i]!.key)) continue;
    coordinate(add(parseName(ctx, i, 2), 'given-name', i));
  }
  for (const cue of speechCues(ctx)) coordinate(add(parseName(ctx, cue + 1, ctx.locale.capitalisesNouns ? 2 : 1), 'speech', cue));
  for (const hit of nationalityCues(ctx)) coordinate(add(parseName(ctx, hit, 2), 'nationality', hit - 1));
  return found.sort((a, b) => a.start - b.start);
}
