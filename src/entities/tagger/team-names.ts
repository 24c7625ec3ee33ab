/**
 * Sports teams named after their town: `Bayer Leverkusen`, `Juventus Turin`, `Real Madrid`,
 * `Manchester United`, `Chicago Bulls`, `Mainz 05`. Without this the town alone is found (a
 * place) and the team is lost. Three shapes, each around a known place (a gazetteer city or a
 * GeoNames place of data/ner-lists.json):
 * - a club word before the place (`FC`, `Real`, `Juventus`, `Borussia`): {@link CLUB_PREFIXES};
 * - a team word after it (`United`, `Bulls`, `Red Wings`): {@link TEAM_SUFFIXES};
 * - a two-digit number with a leading zero after it (`Schalke 04`, `Mainz 05`): founding years
 *   written so are club names, never quantities.
 * The words are the same in every language (clubs keep their names abroad), so they live here
 * rather than in a locale. Written from general knowledge of club names.
 */
import type { Candidate } from '../candidate.js';
import type { TextContext } from '../context.js';
import { slugify } from '../fold.js';
import { placeLabels } from './lists.js';

/** Provenance rule of team names. */
export const TEAM_RULE = 'entities/tagger/team';

/** Words that open a club's name before its town, as written. */
export const CLUB_PREFIXES: ReadonlySet<string> = new Set([
  'FC', 'SC', 'SV', 'VfB', 'VfL', 'TSV', 'TuS', 'SpVgg', 'FSV', 'KSV', 'SSV', 'TSG', 'KV', 'KRC', 'KAA', 'KFC', 'RSC', 'AC', 'AS', 'SS',
  'CF', 'CD', 'RC', 'SK', 'BK', 'IF', 'AFC', 'AJ', 'OGC', 'PSV', 'NAC', 'RKC', 'VVV', 'SBV', 'FK', 'NK', 'HNK', 'GNK', 'PFC', 'MSV',
  'Real', 'Atlético', 'Athletic', 'Sporting', 'Racing', 'Olympique', 'Stade', 'Dynamo', 'Dinamo', 'Lokomotive', 'Lokomotiv', 'Spartak',
  'Zenit', 'Inter', 'Juventus', 'Borussia', 'Eintracht', 'Fortuna', 'Alemannia', 'Arminia', 'Hertha', 'Werder', 'Bayer', 'Preußen',
  'Viktoria', 'Kickers', 'Panathinaikos', 'Olympiakos', 'Galatasaray', 'Fenerbahçe', 'Beşiktaş', 'Benfica', 'Ajax', 'Feyenoord',
  'Standard', 'Cercle', 'Club', 'Rapid', 'Austria', 'Admira', 'Sparta', 'Slavia', 'Legia', 'Wisła', 'Lech', 'Hajduk', 'Dinamo',
  'Steaua', 'Partizan', 'Roter Stern', 'Crvena', 'Celtic', 'Rangers', 'Vitesse', 'Willem', 'Heracles', 'Excelsior', 'Germinal',
]);

/** Words (or word pairs) that close a team's name after its town, as written. */
export const TEAM_SUFFIXES: ReadonlySet<string> = new Set([
  'United', 'City', 'Town', 'Rovers', 'Wanderers', 'Athletic', 'Albion', 'County', 'Hotspur', 'Spurs', 'Bulls', 'Lakers', 'Celtics',
  'Knicks', 'Nets', 'Heat', 'Red Wings', 'Flyers', 'Rangers', 'Giants', 'Yankees', 'Mets', 'Cubs', 'Bears', 'Packers', 'Cowboys',
  'Eagles', 'Patriots', 'Warriors', 'Rockets', 'Kings', 'Capitals', 'Penguins', 'Bruins', 'Canadiens', 'Maple Leafs', 'Blackhawks',
  'Sharks', 'Ducks', 'Stars', 'Dolphins', 'Raiders', 'Saints', 'Seahawks', 'Steelers', 'Red Sox', 'White Sox', 'Blue Jays', 'Dodgers',
  'Tigers', 'Royals', 'Pirates', 'Braves', 'Cardinals', 'Lions', 'Panthers', 'Vikings', 'Chargers', 'Broncos', 'Colts', 'Titans',
  'Texans', 'Jaguars', 'Ravens', 'Bengals', 'Browns', 'Buccaneers', 'Falcons', '49ers', 'Clippers', 'Suns', 'Jazz', 'Pistons',
  'Pacers', 'Cavaliers', 'Hawks', 'Hornets', 'Grizzlies', 'Pelicans', 'Timberwolves', 'Trail Blazers', 'Mavericks', 'Nuggets',
  'Raptors', 'Wizards', '76ers', 'Devils', 'Islanders', 'Sabres', 'Senators', 'Oilers', 'Flames', 'Canucks', 'Avalanche',
  'Predators', 'Blues', 'Hurricanes', 'Lightning', 'Coyotes', 'Galaxy', 'Sounders', 'Capitals', 'Thunder', 'Magic', 'Mariners',
  'Athletics', 'Orioles', 'Astros', 'Padres', 'Phillies', 'Brewers', 'Rockies', 'Marlins', 'Twins', 'Guardians', 'Diamondbacks',
]);

/** A two-digit founding year with a leading zero (`04`, `05`). */
const CLUB_YEAR = /^0\d$/;

/** The end of the known place starting at token `i`, or `i` when none starts there. */
function placeEnd(ctx: TextContext, i: number): number {
  const hit = ctx.covered[i];
  if (hit && hit.start === i && (hit.entry.type === 'GPE' || hit.entry.type === 'LOC') && hit.entry.kind !== 'demonym' && hit.entry.kind !== 'country') return hit.end;
  const labels = placeLabels(ctx);
  if (labels[i] === 'S') return i + 1;
  if (labels[i] !== 'B') return i;
  let end = i + 1;
  while (labels[end] === 'I') end++;
  return end;
}

/** The length in tokens of a team word (one or two words) at token `i`, or 0. */
function suffixLength(ctx: TextContext, i: number): number {
  const first = ctx.tokens[i];
  if (!first || first.gap === 2) return 0;
  const second = ctx.tokens[i + 1];
  if (second && second.gap === 1 && TEAM_SUFFIXES.has(`${first.key} ${second.key}`)) return 2;
  return TEAM_SUFFIXES.has(first.key) ? 1 : 0;
}

function team(ctx: TextContext, start: number, end: number): Candidate {
  const words = ctx.tokens.slice(start, end).map((t) => t.key);
  return { start, end, type: 'ORG', entity: `org:text:${slugify(words.join(' '))}`, rule: TEAM_RULE, certainty: 'inferred', yieldsToPerson: false };
}

/** The team names of a text (see the module comment), left to right, never overlapping. */
export function teamCandidates(ctx: TextContext): Candidate[] {
  const { tokens } = ctx;
  const out: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (ctx.shouting[i] || !/^[\p{Lu}\d]/u.test(t.key)) {
      i++;
      continue;
    }
    const prefixed = CLUB_PREFIXES.has(t.key) && tokens[i + 1]?.gap === 1 ? placeEnd(ctx, i + 1) : i + 1;
    const start = i;
    const placeStart = prefixed > i + 1 ? i + 1 : i;
    const end = prefixed > i + 1 ? prefixed : placeEnd(ctx, i);
    if (end === placeStart) {
      i++;
      continue;
    }
    const suffix = suffixLength(ctx, end);
    const year = tokens[end]?.gap === 1 && CLUB_YEAR.test(tokens[end]!.key) ? 1 : 0;
    if (prefixed > i + 1 || suffix > 0 || year > 0) {
      out.push(team(ctx, start, end + suffix + year));
      i = end + suffix + year;
      continue;
    }
    i++;
  }
  return out;
}
