/**
 * English event rules: sentence splitting, grammar words, modality cues and casualty patterns.
 * Word lists written for Dossier from general English grammar (no source text copied).
 */
import type { EventLocale } from '../../locale.js';
import { progress } from './progress.js';
import { triggers } from './triggers.js';

/** English event rules. */
export const en: EventLocale = {
  code: 'en',
  sentences: {
    abbreviations: [
      'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'gen.', 'lt.', 'col.', 'capt.', 'sgt.', 'adm.', 'gov.', 'sen.', 'rep.',
      'pres.', 'st.', 'jr.', 'sr.', 'inc.', 'corp.', 'ltd.', 'co.', 'vs.', 'no.', 'nos.', 'approx.', 'dept.', 'est.',
      'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.', 'mt.', 'ft.',
      'e.g.', 'i.e.', 'cf.', 'ca.', 'fig.', 'vol.', 'rev.',
    ],
    months: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
    ordinalLeaders: [],
    quotes: [['“', '”'], ['‘', '’']],
  },
  grammar: {
    elisions: [],
    subordinators: ['that', 'which', 'who', 'whom', 'whose', 'while', 'whereas', 'although', 'though', 'because', 'when', 'where', 'if', 'unless', 'whether'],
    conjunctions: ['and', 'or'],
    locative: ['in', 'at', 'near', 'outside', 'inside', 'off', 'across', 'over'],
    destination: ['to'],
    comitative: ['with', 'between', 'alongside'],
    agentive: ['by'],
    targeting: ['on', 'against'],
    genitive: ['of'],
    attribution: ['according', 'citing'],
    adverbial: ['after', 'before', 'during', 'despite', 'amid', 'following', 'since'],
    passiveAuxiliaries: ['was', 'were', 'been', 'being', 'is', 'are', 'be', 'got'],
    participle: '\\p{L}+(?:ed|en|wn)|shot|struck|hit|met|held|sent|made|built|bought|brought|fought|kept|led|paid|put|set|shut|sold|told|won',
    auxiliaries: [],
    verbFinal: false,
    postnominalAgent: false,
    premodifiers: true,
    lightVerbs: [
      'launched', 'launch', 'launches', 'carried', 'carry', 'carries', 'conducted', 'conduct', 'conducts', 'imposed', 'impose',
      'imposes', 'held', 'hold', 'holds', 'staged', 'stage', 'stages', 'mounted', 'made', 'make', 'makes', 'reached', 'reach',
      'struck', 'sealed', 'seal', 'issued', 'levied', 'slapped', 'announced', 'unveiled', 'expanded', 'extended', 'tightened',
      'began', 'begin', 'started', 'start', 'resumed', 'resume', 'stepped', 'intensified', 'signed', 'approved', 'approves', 'ordered', 'orders', 'authorised', 'authorized', 'proposed', 'proposes', 'postponed', 'cancelled', 'canceled',
    ],
    clauseOpeners: ['to', 'that', 'and'],
    regionNouns: ['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'centre', 'center', 'coast', 'interior', 'outskirts', 'heart', 'parts'],
    possessives: ['their'],
  },
  modality: {
    negation: [
      'not', 'never', 'no', "didn't", "don't", "doesn't", "won't", "wouldn't", "hasn't", "haven't", "hadn't", "isn't",
      "aren't", "wasn't", "weren't", 'cannot', "can't", "couldn't", 'neither', 'nor', 'without', 'refused', 'refuses',
      'declined', 'declines', 'failed', 'fails', 'denied', 'denies',
    ],
    planned: [
      'will', 'shall', 'plans to', 'planned to', 'plan to', 'planning to', 'intends to', 'intend to', 'intended to',
      'expected to', 'set to', 'scheduled', 'going to', 'upcoming', 'next week', 'next month', 'next year', 'later this',
      'aims to', 'aim to', 'seeks to', 'seek to', 'wants to', 'want to', 'hopes to', 'hope to', 'preparing to', 'prepares to', 'would',
      'postponed', 'put off', 'deferred', 'is due to', 'are due to', 'was due to', 'is to', 'are to'],
    decision: ['decided to', 'decision to', 'decides to', 'decided on', 'invited', 'invites', 'invitation', 'proposed', 'proposes', 'proposal', 'approved', 'approves', 'authorised', 'authorized'],
    reportedClause: ['reportedly', 'allegedly', 'said to', 'believed to', 'rumoured', 'rumored', 'unconfirmed', 'reported to'],
    reportedSentence: ['according to', 'citing'],
    reportedTrailing: ['announced', 'said', 'says', 'reported', 'reports', 'told', 'added', 'stated', 'confirmed', 'claimed', 'wrote', 'quoted'],
    cancelled: ['cancelled', 'canceled', 'called off', 'scrapped', 'abandoned'],
  },
  casualties: {
    numbers: {
      one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
      thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
      thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
    },
    killed: [
      '(?:killed|killing|kills|left) (?:at least |nearly |more than |some |about |around )?NUM(?! (?:injured|wounded|hurt))',
      'NUM(?: [\\p{L}-]+){0,2}? (?:were |have been |had been |are |was )?(?:killed|dead|died)',
      'death toll (?:[\\p{L}]+ ){0,4}?(?:to|at|of) NUM',
      'NUM deaths',
    ],
    injured: [
      'NUM(?: [\\p{L}-]+){0,2}? (?:were |have been |had been |are |was )?(?:injured|wounded|hurt)',
      '(?:injuring|wounding|injured|wounded) (?:at least |nearly |more than |some |about |another )?NUM',
    ],
  },
  reference: {
    sameTime: ['that day', 'the same day', 'on the same day', 'that evening', 'that morning'],
    bothParties: ['the two countries', 'both countries', 'the two sides', 'both sides', 'the two nations', 'the two governments', 'the two leaders', 'the two allies', 'the allies'],
    deadline: ['by', 'no later than', 'before the end of', 'until'],
    commitment: ['pledged', 'pledges', 'pledge', 'committed', 'commits', 'commit', 'vowed', 'vows', 'promised', 'promises', 'undertook', 'will', 'aims', 'plans', 'intends', 'agreed', 'announced'],
    pledge: ['pledged', 'pledges', 'committed to', 'commits to', 'committed itself', 'vowed', 'vows', 'promised', 'promises'],
  },
  progress,
  triggers,
};
