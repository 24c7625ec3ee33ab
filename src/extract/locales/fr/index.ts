/**
 * French page-interface vocabulary for extraction. Hand-written from the generic chrome of
 * French-language news sites (partage, commentaires, "Lire aussi" boxes, relative stamps
 * such as "il y a 3 heures") and from general French date words.
 */
import type { ExtractLocale } from '../types.js';

/** The French extraction vocabulary. */
export const FR: ExtractLocale = {
  code: 'fr',
  interfaceLines: [
    'Partager', 'Partager cet article', 'Imprimer', 'Enregistrer', 'Copier le lien', 'Se connecter', 'S\'abonner',
    'Menu', 'Rechercher', 'Fermer', 'Publicité', 'Aller au contenu', 'Retour en haut', 'Écouter cet article',
    'Suivez-nous', 'Accueil', 'Article suivant', 'Article précédent', 'Voir plus', 'Charger plus',
  ],
  interfacePrefixes: ['Publicité', 'Cliquez ici', 'Temps de lecture', 'Contenu sponsorisé'],
  interfacePatterns: ['temps de lecture\\s*:?\\s*\\d+\\s*min(?:\\.|utes?)?', 'lecture\\s*:?\\s*\\d+\\s*min(?:\\.|utes?)?'],
  promptWords: ['webmail', 'newsletter', 'infolettre', 'cookies', 'cookie', 'javascript', 'adblocker', 'bloqueur de publicité'],
  digestHeadings: [
    'Plus d\'actualités', 'Dernières actualités', 'Dernières infos', 'Les plus lus', 'Les plus lues', 'À la une',
    'Dans la même rubrique', 'Toute l\'actualité',
  ],
  relatedMarkers: ['Lire aussi', 'À lire aussi', 'Lire la suite', 'Voir aussi', 'Sur le même sujet', 'À lire également', 'En savoir plus', 'Pour aller plus loin'],
  endMarkers: ['Articles similaires', 'Articles liés', 'Vous aimerez aussi', 'À propos de l’auteur', "À propos de l'auteur"],
  commentMarkers: ['Commentaires', 'Laisser un commentaire', 'Réagir'],
  commentCountLabels: ['Commentaire', 'Commentaires', 'Réactions'],
  commentClassWords: ['commentaire', 'commentaires', 'reactions', 'réactions'],
  relativeStamps: [
    'il y a (?:\\d+|une?|deux|trois) (?:secondes?|minutes?|min\\.?|heures?|h|jours?|semaines?)',
    'à l\'instant',
  ],
  photoLabels: ['Photo', 'Photos', 'Crédit', 'Crédit photo', 'Illustration', 'Image'],
  figureLabels: ['Figure', 'Fig.', 'Graphique'],
  creditViaWords: ['via'],
  sourceLabels: ['Source', 'Sources'],
  bylinePrefixes: ['Par'],
  nameJoiners: ['et', 'de', 'du', 'la', 'le', 'des'],
  attributionWords: ['selon', 'd\'après', 'avec'],
  months: [
    ['janvier', 'janv'], ['février', 'févr', 'fév'], ['mars'], ['avril', 'avr'], ['mai'], ['juin'], ['juillet', 'juil'],
    ['août'], ['septembre', 'sept'], ['octobre', 'oct'], ['novembre', 'nov'], ['décembre', 'déc'],
  ],
  weekdays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  datePrefixes: ['Publié le', 'Mis à jour le', 'Modifié le', 'Publié', 'Mis à jour'],
  updateLabels: ['Mis à jour', 'Mis à jour le', 'Mis à jour à', 'Mise à jour', 'Dernière mise à jour', 'Modifié', 'Modifié le', 'Actualisé'],
  readerPronouns: ['vous', 'votre', 'vos', 'tu', 'toi', 'ta', 'tes'],
  callToActionWords: ['abonnez-vous', 'abonnez', "s'abonner", 'abonnement', 'téléchargez', 'suivez-nous', 'partagez', 'newsletter', 'infolettre', 'soutenez', 'faites un don', 'application', 'inscrivez-vous'],
  rightsReserved: ['Tous droits réservés'],
  disclaimers: ["n'engagent que leurs auteurs", "n'engagent que leur auteur", 'n’engagent que leurs auteurs', 'n’engagent que leur auteur', 'ne reflètent pas nécessairement'],
  reportingWords: ['a déclaré', 'a dit', 'selon', 'a annoncé', 'a indiqué', 'affirme', 'a affirmé', 'a précisé', 'rapporte'],
  timeSuffixes: ['h'],
};
