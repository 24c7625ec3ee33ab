/**
 * German cues of progress on a commitment, written for Dossier from general German usage (no source
 * text copied). Lower case; a space joins the words of a phrase.
 */
import type { ProgressCues } from '../../locale.js';

/** German progress cues. */
export const progress: ProgressCues = {
  underWay: ['begonnen', 'begann', 'begannen', 'beginnt', 'in arbeit', 'im gange', 'läuft', 'laufen', 'schreitet voran', 'schreiten voran', 'vorangetrieben', 'treibt voran', 'treiben voran', 'eingeleitet', 'auf dem weg', 'fortschritte'],
  done: ['abgeschlossen', 'vollendet', 'erreicht', 'erfüllt', 'eingerichtet wurde', 'wurde eingerichtet', 'ist eingerichtet', 'in betrieb genommen', 'umgesetzt', 'fertiggestellt', 'eröffnet', 'steht nun'],
  missed: ['verfehlt', 'verfehlte', 'verpasst', 'verschoben', 'verzögert', 'verzögerung', 'verspätet', 'nicht erreicht', 'nicht eingehalten', 'aufgegeben', 'gescheitert'],
};
