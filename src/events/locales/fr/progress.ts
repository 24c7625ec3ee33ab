/**
 * French cues of progress on a commitment, written for Dossier from general French usage (no source
 * text copied). Lower case; a space joins the words of a phrase.
 */
import type { ProgressCues } from '../../locale.js';

/** French progress cues. */
export const progress: ProgressCues = {
  underWay: ['a commencé', 'ont commencé', 'commencé', 'en cours', 'lancé', 'lancés', 'progresse', 'progressent', 'avance', 'avancent', 'en bonne voie'],
  done: ['achevé', 'achevée', 'terminé', 'terminée', 'atteint', 'atteinte', 'rempli', 'tenu', 'tenue', 'mis en place', 'mise en place', 'inauguré', 'inaugurée'],
  missed: ['manqué', 'raté', 'reporté', 'reportée', 'retardé', 'retardée', 'retard', 'abandonné', 'abandonnée', 'pas atteint', 'non tenu'],
};
