/**
 * Spanish cues of progress on a commitment, written for Dossier from general Spanish usage (no source
 * text copied). Lower case; a space joins the words of a phrase.
 */
import type { ProgressCues } from '../../locale.js';

/** Spanish progress cues. */
export const progress: ProgressCues = {
  underWay: ['comenzó', 'comenzaron', 'empezó', 'empezaron', 'en marcha', 'en curso', 'avanza', 'avanzan', 'progresa', 'iniciado', 'iniciada'],
  done: ['completado', 'completada', 'terminado', 'terminada', 'cumplido', 'cumplida', 'alcanzado', 'alcanzada', 'logrado', 'inaugurado', 'inaugurada', 'establecido'],
  missed: ['incumplido', 'incumplida', 'aplazado', 'aplazada', 'retrasado', 'retrasada', 'retraso', 'pospuesto', 'pospuesta', 'abandonado', 'no cumplió', 'no alcanzó'],
};
