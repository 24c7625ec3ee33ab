/**
 * Commitments: who commits to what and by when, read from an item's sentences at read time (from
 * its stored text, mentions and time expressions; nothing extra is stored).
 *
 * A sentence states a commitment when it holds a firm pledge (`pledged`, `verpflichtete sich`,
 * `zegde toe`), or a word of intention or announcement (`will`, `angekündigt`, `voraussichtlich`)
 * together with a deadline: a time expression led by a deadline word (`by March`, `bis März`,
 * `tegen 2030`, `noch vor dem Ende … im März`). The committing parties are the actor names before
 * the cue in its clause group (else the first actor of the sentence); the subject is the sentence
 * from the cue on. Negated sentences (`will not raise … by March`) are no commitments.
 */
import { itemFullText, type Item, type Precision, type Provenance } from '../pipeline/types.js';
import { groupRange, segmentClauses } from './clauses.js';
import { compiledFor, type CompiledLocale } from './compile.js';
import { sentenceMentions, type SentenceMention } from './mentions.js';
import { phraseAt, type PhraseSet } from './patterns.js';
import { splitSentences } from './sentences.js';
import { tokenize, type Token } from './tokens.js';

/** One commitment stated in one sentence. */
export interface Commitment {
  /** Entity ids of the parties committing, in text order. */
  parties: string[];
  /** What is committed to: the sentence from the commitment word on. */
  subject: string;
  /**
   * The deadline, when one is stated; `open` when the item's own date is unknown and the phrase
   * leaves its year open ("bis März": `date` is then `--03`, and the status stays `announced`).
   */
  deadline: { date: string; precision: Precision; text: string; open?: true } | null;
  /**
   * `announced` while the deadline lies ahead of the item's publication (or capture) date or none
   * is stated; `due` once the deadline has passed by then (whether it was met needs later reports).
   */
  status: 'announced' | 'due';
  sentence: string;
  /** Offset of the sentence in the item's full text. */
  start: number;
  provenance: Provenance;
}

/**
 * Most words between a deadline word and the time expression it leads (`noch vor dem Ende dieses
 * Haushaltsjahres im März`): six, room for a noun phrase naming the period; farther words are
 * rarely about that date.
 */
const DEADLINE_REACH = 6;

const KEY_LENGTH: Record<Precision, number> = { year: 4, month: 7, day: 10, hour: 10, minute: 10 };

/** The first token index where a phrase of `set` starts, or -1. */
function firstPhrase(set: PhraseSet, tokens: readonly Token[]): number {
  for (let i = 0; i < tokens.length; i++) if (phraseAt(set, tokens, i) > 0) return i;
  return -1;
}

/** True when a negation cue stands in the clause group [from, to]. */
function negatedIn(rules: CompiledLocale, tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (phraseAt(rules.negation, tokens, i) > 0) return true;
  return false;
}

/** The deadline among the sentence's time expressions: one led by a deadline word within {@link DEADLINE_REACH} words. */
function deadlineOf(rules: CompiledLocale, tokens: readonly Token[], times: Item['times']): Commitment['deadline'] {
  for (const time of times) {
    const at = tokens.findIndex((t) => t.end > time.start);
    if (at < 0) continue;
    for (let k = at; k >= 0 && at - k <= DEADLINE_REACH; k--) {
      if (phraseAt(rules.deadline, tokens, k) > 0) return time.open ? { date: time.date, precision: time.precision, text: time.text, open: true } : { date: time.date, precision: time.precision, text: time.text };
    }
  }
  return null;
}

/** The status of a commitment with `deadline`, as of `asOf` (ISO date). */
function statusOf(deadline: Commitment['deadline'], asOf: string | null): Commitment['status'] {
  if (!deadline || !asOf || deadline.open) return 'announced';
  const length = KEY_LENGTH[deadline.precision];
  return asOf.slice(0, length) > deadline.date.slice(0, length) ? 'due' : 'announced';
}

/** The committing parties: actor names before the cue in its clause group, else the sentence's first actor. */
function partiesOf(mentions: readonly SentenceMention[], cue: number, from: number): string[] {
  const actors = mentions.filter((m) => m.actor);
  const before = actors.filter((m) => m.last < cue && m.first >= from);
  const chosen = before.length > 0 ? before : actors.slice(0, 1);
  return [...new Set(chosen.map((m) => m.mention.entity))];
}

/**
 * The commitments stated in an item, in text order. Reads `item.mentions` and `item.times`; an
 * item in a language without an events locale yields none.
 */
export function findCommitments(item: Item): Commitment[] {
  const lang = item.lang?.code && item.lang.code !== 'und' ? item.lang.code : item.declaredLang ?? 'und';
  const rules = compiledFor(lang);
  if (!rules || item.mentions.length === 0) return [];
  const text = itemFullText(item);
  const mentions = [...item.mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const asOf = item.published?.date ?? item.capturedAt ?? null;
  const found: Commitment[] = [];
  for (const sentence of splitSentences(text, rules.locale.code)) {
    const tokens = tokenize(sentence.text, sentence.start, rules.locale.grammar.elisions);
    const pledge = firstPhrase(rules.pledge, tokens);
    const cue = pledge >= 0 ? pledge : firstPhrase(rules.commitment, tokens);
    if (cue < 0) continue;
    const times = item.times.filter((t) => t.start >= sentence.start && t.end <= sentence.end);
    const deadline = deadlineOf(rules, tokens, times);
    if (pledge < 0 && !deadline) continue;
    const inSentence = sentenceMentions(mentions, sentence.start, sentence.end, tokens);
    const clauses = segmentClauses(tokens, rules, () => false);
    const [from, to] = groupRange(clauses, clauses.clauseOf[cue] ?? 0);
    if (negatedIn(rules, tokens, from, to)) continue;
    const parties = partiesOf(inSentence, cue, from);
    if (parties.length === 0) continue;
    const cueStart = (tokens[cue] as Token).start - sentence.start;
    found.push({
      parties,
      subject: sentence.text.slice(cueStart).trim(),
      deadline,
      status: statusOf(deadline, asOf),
      sentence: sentence.text,
      start: sentence.start,
      provenance: { certainty: 'inferred', rule: `events/${rules.locale.code}/commitment/${pledge >= 0 ? 'pledge' : 'deadline'}`, evidence: sentence.text },
    });
  }
  return found;
}
