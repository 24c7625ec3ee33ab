/**
 * Measures Dossier's language identification on the lingua sentence set
 * (`../shared/eval/langid/lingua-leipzig/langid_lingua_sentences.tsv`, `lang<TAB>text`, ISO 639-1).
 *
 *   node .tmp/dist-NAME/scripts/eval-langid.js          accuracy per language + top confusions
 *   node .tmp/dist-NAME/scripts/eval-langid.js --fit    refit the confidence calibration and floor
 *
 * Only sentences of at least 40 characters in en, de, nl, fr, es, it, pl, ru, pt are used. Prints
 * plainly and exits 0 when the shared folder is absent.
 */
import { readFileSync } from 'node:fs';
import { sharedPath } from '../src/pipeline/paths.js';
import { scoreLanguages, type LanguageEvidence } from '../src/language/scores.js';
import { CONFIDENCE_FLOOR, confidenceOf, detectLanguage, LETTERS_CAP, MIN_LETTERS, UNDETERMINED } from '../src/language/detect.js';

const LANGUAGES = ['en', 'de', 'nl', 'fr', 'es', 'it', 'pl', 'ru', 'pt'];
const MIN_CHARS = 40;
const FILE = ['eval', 'langid', 'lingua-leipzig', 'langid_lingua_sentences.tsv'];

/** Reads the gold sentences, or null when the shared folder is absent. */
function readSentences(): { lang: string; text: string }[] | null {
  const path = sharedPath(...FILE);
  if (!path) return null;
  const rows: { lang: string; text: string }[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n').slice(1)) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const lang = line.slice(0, tab);
    const text = line.slice(tab + 1).trim();
    if (LANGUAGES.includes(lang) && text.length >= MIN_CHARS) rows.push({ lang, text });
  }
  return rows;
}

function pct(part: number, whole: number): string {
  return whole === 0 ? '   -  ' : `${((100 * part) / whole).toFixed(2).padStart(6)}%`;
}

/** Accuracy per language and the most frequent confusions, with the shipped settings. */
function report(rows: { lang: string; text: string }[]): void {
  const perLang = new Map<string, { n: number; right: number; und: number }>();
  const confusions = new Map<string, number>();
  let right = 0;
  let und = 0;
  for (const { lang, text } of rows) {
    const stats = perLang.get(lang) ?? { n: 0, right: 0, und: 0 };
    perLang.set(lang, stats);
    stats.n += 1;
    const { code } = detectLanguage(text);
    if (code === lang) {
      stats.right += 1;
      right += 1;
    } else if (code === UNDETERMINED) {
      stats.und += 1;
      und += 1;
    } else {
      const pair = `${lang} → ${code}`;
      confusions.set(pair, (confusions.get(pair) ?? 0) + 1);
    }
  }
  console.log(`lingua sentences ≥ ${MIN_CHARS} chars, ${rows.length} in ${LANGUAGES.join(' ')}`);
  console.log('lang      n   right      und    wrong');
  for (const lang of LANGUAGES) {
    const s = perLang.get(lang) ?? { n: 0, right: 0, und: 0 };
    console.log(`${lang}   ${String(s.n).padStart(5)} ${pct(s.right, s.n)} ${pct(s.und, s.n)} ${pct(s.n - s.right - s.und, s.n)}`);
  }
  console.log(`all  ${String(rows.length).padStart(5)} ${pct(right, rows.length)} ${pct(und, rows.length)} ${pct(rows.length - right - und, rows.length)}`);
  console.log('top confusions (gold → detected):');
  for (const [pair, count] of [...confusions.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10)) {
    console.log(`  ${pair}  ${count}`);
  }
}

interface Sample {
  words: number;
  right: boolean;
  evidence: LanguageEvidence;
  x: [number, number, number];
}

/** Refits the logistic calibration on sentences and their short prefixes, and tabulates floors. */
function fit(rows: { lang: string; text: string }[]): void {
  const samples: Sample[] = [];
  for (const { lang, text } of rows) {
    const words = text.split(/\s+/);
    for (const k of [1, 2, 3, 5, 0]) {
      const part = k === 0 ? text : words.slice(0, k).join(' ');
      const evidence = scoreLanguages(part);
      const first = evidence.ranked[0];
      const margin = first ? first.score - (evidence.ranked[1]?.score ?? 0) : 0;
      const x: [number, number, number] = [1, margin, Math.log(1 + Math.min(evidence.letters, LETTERS_CAP))];
      samples.push({ words: k, right: first?.code === lang, evidence, x });
    }
  }
  const w = [0, 0, 0];
  for (let iteration = 0; iteration < 3000; iteration += 1) {
    const gradient = [0, 0, 0];
    for (const s of samples) {
      const p = 1 / (1 + Math.exp(-(w[0]! * s.x[0] + w[1]! * s.x[1] + w[2]! * s.x[2])));
      const error = p - (s.right ? 1 : 0);
      for (let i = 0; i < 3; i += 1) gradient[i]! += error * s.x[i]!;
    }
    const rates = [1, 30, 1];
    for (let i = 0; i < 3; i += 1) w[i]! -= (rates[i]! * gradient[i]!) / samples.length;
  }
  console.log(`fitted calibration: b0 ${w[0]!.toFixed(3)}, bMargin ${w[1]!.toFixed(2)}, bLetters ${w[2]!.toFixed(3)}`);
  console.log('with the shipped calibration, accepted share and accuracy per floor:');
  for (const k of [1, 2, 3, 5, 0]) {
    const group = samples.filter((s) => s.words === k);
    const cells = [0.5, 0.7, 0.8, 0.85, 0.9, 0.95].map((floor) => {
      const kept = group.filter((s) => s.evidence.letters >= MIN_LETTERS && confidenceOf(s.evidence) >= floor);
      return `f${floor}: keep ${pct(kept.length, group.length)} right ${pct(kept.filter((s) => s.right).length, kept.length)}`;
    });
    console.log(`  ${k === 0 ? 'sentence' : `${k}-word  `} ${cells.join(' | ')}`);
  }
  console.log(`1- and 2-word prefixes by letter count: accuracy of all guesses, and of those at or above ${CONFIDENCE_FLOOR}`);
  for (let letters = 3; letters <= 14; letters += 1) {
    const group = samples.filter((s) => s.words > 0 && s.words <= 2 && s.evidence.letters === letters);
    const kept = group.filter((s) => confidenceOf(s.evidence) >= CONFIDENCE_FLOOR);
    const line = `n ${String(group.length).padStart(5)} right ${pct(group.filter((s) => s.right).length, group.length)}`;
    console.log(`  ${String(letters).padStart(2)} letters: ${line}; confident ${String(kept.length).padStart(5)} right ${pct(kept.filter((s) => s.right).length, kept.length)}`);
  }
}

const rows = readSentences();
if (!rows) {
  console.log(`eval-langid: ../shared/${FILE.join('/')} is absent; nothing measured.`);
  process.exit(0);
}
if (process.argv.includes('--fit')) fit(rows);
else report(rows);
