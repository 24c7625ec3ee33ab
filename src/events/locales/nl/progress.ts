/**
 * Dutch cues of progress on a commitment, written for Dossier from general Dutch usage (no source
 * text copied). Lower case; a space joins the words of a phrase.
 */
import type { ProgressCues } from '../../locale.js';

/** Dutch progress cues. */
export const progress: ProgressCues = {
  underWay: ['begonnen', 'begon', 'begonnen met', 'gestart', 'in uitvoering', 'aan de gang', 'op schema', 'vordert', 'vorderingen', 'in gang gezet'],
  done: ['voltooid', 'afgerond', 'bereikt', 'gehaald', 'nagekomen', 'opgericht', 'ingericht', 'in gebruik genomen', 'geopend', 'gerealiseerd'],
  missed: ['gemist', 'niet gehaald', 'uitgesteld', 'vertraagd', 'vertraging', 'achter op schema', 'opgegeven', 'mislukt', 'niet nagekomen'],
};
