import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate, textContext } from '../annotate.js';
import { TEAM_RULE, teamCandidates } from './team-names.js';

const teams = (text: string, lang: string) => {
  const { ctx } = textContext(text, lang);
  return teamCandidates(ctx).map((c) => ctx.tokens.slice(c.start, c.end).map((t) => t.key).join(' '));
};

test('teams named after their town: a club word before it, a team word or a founding year after it', () => {
  assert.deepEqual(teams('Am Samstag spielt Bayer Leverkusen gegen Real Madrid, danach Mainz 05.', 'de'), ['Bayer Leverkusen', 'Real Madrid', 'Mainz 05']);
  assert.deepEqual(teams('Hij ruilde Manchester United in voor de Chicago Bulls.', 'nl'), ['Manchester United', 'Chicago Bulls']);
  const team = annotate('Gisteren won Juventus Turin in Rom.', 'de').find((m) => m.text === 'Juventus Turin');
  assert.equal(team?.type, 'ORG');
  assert.equal(team?.provenance.rule, TEAM_RULE);
});

test('a town alone, a town before a quantity or a plain noun is no team', () => {
  assert.deepEqual(teams('In Leverkusen wurden 12 Menschen verletzt, in Madrid 15.', 'de'), []);
  assert.deepEqual(teams('De trein naar Manchester vertrekt om 10 uur.', 'nl'), []);
  assert.ok(annotate('In Leverkusen regnet es.', 'de').some((m) => m.text === 'Leverkusen' && m.type !== 'ORG'));
});

test('initials before a person name join it, and two people with one surname stay apart', () => {
  const mentions = annotate('Das Buch schrieb Greta Hollwein mit A. Hollwein und J. R. Hollwein.', 'de');
  const persons = mentions.filter((m) => m.type === 'PER');
  const texts = persons.map((m) => m.text);
  assert.ok(texts.includes('A. Hollwein'), texts.join(' | '));
  assert.ok(texts.includes('J. R. Hollwein'), texts.join(' | '));
  const a = persons.find((m) => m.text === 'A. Hollwein')!;
  const jr = persons.find((m) => m.text === 'J. R. Hollwein')!;
  assert.notEqual(a.entity, jr.entity);
});

test('a capital letter closing a sentence is no initial when no space follows its full stop', () => {
  const mentions = annotate('Er nannte es Plan B.Greta Hollwein widersprach.', 'de');
  assert.ok(!mentions.some((m) => m.text.startsWith('B.')));
});

test('a word the language writes in lowercase does not become a name by opening a sentence', async () => {
  const { lowercaseWords } = await import('./lists.js');
  if (!lowercaseWords('nl').has('vijftig')) return;
  const mentions = annotate('Vijftig leden stemden voor.\nKort daarna vertrok Greta Hollwein.', 'nl');
  assert.ok(!mentions.some((m) => m.text === 'Vijftig' || m.text === 'Kort'), mentions.map((m) => m.text).join(' | '));
  assert.ok(mentions.some((m) => m.text === 'Greta Hollwein' && m.type === 'PER'));
});

test('a surname of a person named in full is a name even where it opens a sentence and is a lowercase word', async () => {
  const { lowercaseWords } = await import('./lists.js');
  assert.ok(lowercaseWords('nl').has('hart'), 'the Dutch lowercase list should hold "hart" (heart)');
  const mentions = annotate('Premier Lena Hart bezocht Dakar. Hart ontmoet daar de president.', 'nl');
  const echo = mentions.find((m) => m.start === 'Premier Lena Hart bezocht Dakar. '.length);
  assert.equal(echo?.entity, 'per:lena-hart', mentions.map((m) => `${m.text}:${m.entity}`).join(' | '));
  assert.ok(!annotate('Hart en longen werden onderzocht.', 'nl').some((m) => m.text === 'Hart'), 'without the full name, the opener stays a common word');
});

test('a surname is introduced as a person by a longer name or a role word before it, a lone company name is not', async () => {
  const { introducedAsPerson } = await import('./introduced.js');
  const { ctx } = textContext('Topman Jan Vermaelen sprak met minister Daalders. Later tekende Valtrix een akkoord.', 'nl');
  assert.equal(introducedAsPerson(ctx, 'Vermaelen'), true);
  assert.equal(introducedAsPerson(ctx, 'Daalders'), true);
  assert.equal(introducedAsPerson(ctx, 'Valtrix'), false);
});

test("a place name opening with an apostrophe is matched ('s-Gravenhage is Den Haag)", () => {
  const mentions = annotate("Hij woont in 's-Gravenhage en werkt in Den Haag.", 'nl');
  const places = mentions.filter((m) => m.type === 'GPE');
  assert.deepEqual(places.map((m) => m.text), ["'s-Gravenhage", 'Den Haag']);
  assert.equal(places[0]!.entity, places[1]!.entity);
});

test('a capitalised adjective made from a place, before a lowercase noun, is no name', async () => {
  const { attributiveAdjective } = await import('./openers.js');
  const { ctx } = textContext('De Vlaamse regering steunt de Brusselse musea, zegt Greta Hollwein.', 'nl');
  const at = (word: string) => ctx.tokens.findIndex((t) => t.key === word);
  const one = (i: number) => ({ start: i, end: i + 1, type: 'LOC' as const, entity: 'x', rule: 'entities/tagger/capitalised', certainty: 'inferred' as const, yieldsToPerson: false });
  assert.equal(attributiveAdjective(ctx, one(at('Vlaamse'))), true);
  assert.equal(attributiveAdjective(ctx, one(at('Brusselse'))), true);
  assert.equal(attributiveAdjective(ctx, one(at('Hollwein'))), false);
  const { ctx: de } = textContext('Die Brusselse Delegation kam.', 'de');
  assert.equal(attributiveAdjective(de, one(1)), false, 'German has no such ending listed');
});

test('a capitalised particle inside a Dutch sentence opens the name after it', async () => {
  const { capitalisedRuns } = await import('./proposals.js');
  const { ctx } = textContext('Gisteren sprak Van den Veldeke met de pers.', 'nl');
  assert.deepEqual(capitalisedRuns(ctx).map((r) => ctx.tokens.slice(r.start, r.end).map((t) => t.key).join(' ')), ['Van den Veldeke']);
});

test('after a linking word, "and" joins the fields of an organisation name, but never two names', async () => {
  const { orgPhraseCandidates } = await import('./org-phrases.js');
  const spans = (text: string, lang: string) => {
    const { ctx } = textContext(text, lang);
    return orgPhraseCandidates(ctx).map((c) => ctx.tokens.slice(c.start, c.end).map((t) => t.key).join(' '));
  };
  assert.deepEqual(spans('Het advies van de Commissie voor Monumenten en Landschappen kwam gisteren.', 'nl'), ['Commissie voor Monumenten en Landschappen']);
  assert.deepEqual(spans('Das Bundesamt für Bauwesen und Raumordnung widerspricht.', 'de'), ['Bundesamt für Bauwesen und Raumordnung']);
  assert.deepEqual(spans('Gisteren spraken de Universiteit Gent en Vlaanderen af.', 'nl'), ['Universiteit Gent']);
});

test('a party in brackets after a person is an organisation; an age or a home town is not', async () => {
  const { AFFILIATION_RULE } = await import('./party-affiliation.js');
  const mentions = annotate('Minister Greta Hollwein ( Valtrix ) en Jan Vermaelen ( 72 ) reageerden, net als Piet Daalders ( Gent ).', 'nl');
  const party = mentions.find((m) => m.text === 'Valtrix');
  assert.equal(party?.type, 'ORG');
  assert.equal(party?.provenance.rule, AFFILIATION_RULE);
  assert.ok(!mentions.some((m) => m.text === 'Gent' && m.type === 'ORG'));
});

test('German: a lone word after an article is a common noun, unless a place name ending says otherwise', async () => {
  const { afterDeterminer, endsInRole } = await import('./span-filters.js');
  const { ctx } = textContext('Sie liefen durch das Dickicht zum Hollweinsee und über den Kemmelberg, sagte Europaminister Lenz.', 'de');
  const at = (word: string) => ctx.tokens.findIndex((t) => t.key === word);
  assert.equal(afterDeterminer(ctx, at('Dickicht')), true);
  assert.equal(afterDeterminer(ctx, at('Hollweinsee')), false);
  assert.equal(afterDeterminer(ctx, at('Kemmelberg')), false);
  assert.equal(endsInRole(ctx, at('Europaminister') + 1), true);
  assert.equal(endsInRole(ctx, at('Lenz') + 1), false);
});

test('a listed given name right before a person found alone joins it, with its own id', async () => {
  const { withGivenNames } = await import('./initials.js');
  const { ctx } = textContext('Gisteren won Toni Hollwein , zei de trainer .', 'nl');
  const at = ctx.tokens.findIndex((t) => t.key === 'Hollwein');
  const [person] = withGivenNames(ctx, [{ start: at, end: at + 1, type: 'PER', entity: 'per:hollwein', rule: 'entities/coref/surname', certainty: 'inferred', yieldsToPerson: false }]);
  assert.equal(ctx.tokens.slice(person!.start, person!.end).map((t) => t.key).join(' '), 'Toni Hollwein');
  assert.equal(person!.entity, 'per:toni-hollwein');
  const [place] = withGivenNames(ctx, [{ start: at, end: at + 1, type: 'LOC', entity: 'loc:x', rule: 'r', certainty: 'inferred', yieldsToPerson: false }]);
  assert.equal(place!.start, at, 'only persons grow');
});
