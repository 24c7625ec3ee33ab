/**
 * Dutch page-interface vocabulary for extraction. Hand-written from the generic chrome of
 * Dutch news sites (share, comment, webmail and newsletter prompts, "meer uit" sections,
 * relative stamps such as "42 minuten geleden") and from general Dutch date words.
 */
import type { ExtractLocale } from '../types.js';

/** The Dutch extraction vocabulary. */
export const NL: ExtractLocale = {
  code: 'nl',
  interfaceLines: [
    'Delen', 'Deel dit artikel', 'Deel artikel', 'Artikel delen', 'Afdrukken', 'Printen', 'Volg ons', 'Sluiten',
    'Menu', 'Zoeken', 'Inloggen', 'Uitloggen', 'Registreren', 'Abonneren', 'Advertentie', 'Lees voor', 'Voorlezen',
    'Bewaar', 'Bewaren', 'Opslaan', 'Kopieer link', 'Link kopiëren', 'Webmail', 'Terug naar boven',
    'Volgend artikel', 'Vorig artikel', 'Naar de inhoud', 'Ga naar de inhoud', 'Home', 'Voorpagina', 'Uitgelicht',
    'Gesponsord', 'Meer laden', 'Toon meer', 'Bekijk alles',
  ],
  interfacePrefixes: ['Advertentie', 'Klik hier', 'Leestijd', 'Lees het volledige artikel', 'Bekijk de video'],
  interfacePatterns: ['leestijd:?\\s*\\d+\\s*min(?:\\.|uten|uut)?', '\\d+\\s*min(?:\\.|uten)?\\s+leestijd'],
  promptWords: ['webmail', 'nieuwsbrief', 'cookies', 'cookie', 'cookie-instellingen', 'javascript', 'adblocker'],
  digestHeadings: [
    'Meer uit', 'Meer nieuws', 'Laatste nieuws', 'Net binnen', 'Meest gelezen', 'Meest bekeken', 'Het laatste nieuws',
  ],
  relatedMarkers: ['Lees ook', 'Lees meer', 'Bekijk ook', 'Ook interessant', 'Gerelateerd', 'Gerelateerde artikelen', 'Meer informatie', 'Verder lezen'],
  endMarkers: ['Vergelijkbare artikelen', 'Over de auteur', 'Over de schrijver'],
  commentMarkers: ['Reacties', 'Plaats een reactie', 'Geef een reactie', 'Reageer', 'Reageren'],
  commentCountLabels: ['Reactie', 'Reacties'],
  commentClassWords: ['reactie', 'reacties', 'reageren', 'reactieformulier'],
  relativeStamps: [
    '(?:\\d+|een|één|twee|drie|vier|vijf) (?:seconden?|minuu?t(?:en)?|min\\.?|uur|dagen|dag|weken|week) geleden',
    'zojuist',
  ],
  photoLabels: ['Foto', 'Foto\'s', 'Beeld', 'Afbeelding', 'Illustratie'],
  figureLabels: ['Figuur', 'Afb.', 'Grafiek'],
  creditViaWords: ['via'],
  sourceLabels: ['Bron', 'Bronnen'],
  bylinePrefixes: ['Door'],
  nameJoiners: ['en', 'van', 'de', 'der', 'den', 'ter', 'ten', 'het'],
  attributionWords: ['volgens', 'naar'],
  months: [
    ['januari', 'jan'], ['februari', 'feb'], ['maart', 'mrt', 'mar'], ['april', 'apr'], ['mei'], ['juni', 'jun'],
    ['juli', 'jul'], ['augustus', 'aug'], ['september', 'sept', 'sep'], ['oktober', 'okt'], ['november', 'nov'],
    ['december', 'dec'],
  ],
  weekdays: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'],
  datePrefixes: ['Gepubliceerd op', 'Gepubliceerd', 'Bijgewerkt op', 'Bijgewerkt', 'Laatst bijgewerkt', 'Geplaatst op', 'Geplaatst'],
  updateLabels: ['Bijgewerkt', 'Bijgewerkt op', 'Bijgewerkt om', 'Laatst bijgewerkt', 'Laatst gewijzigd', 'Gewijzigd', 'Gewijzigd op', 'Aangepast'],
  readerPronouns: ['je', 'jij', 'jou', 'jouw', 'u', 'uw', 'jullie'],
  callToActionWords: ['abonneer', 'abonneren', 'abonnement', 'download', 'downloaden', 'volg ons', 'deel', 'delen', 'nieuwsbrief', 'steun', 'doneer', 'doneren', 'app', 'schrijf je in', 'meld je aan'],
  rightsReserved: ['Alle rechten voorbehouden'],
  disclaimers: ['geven niet noodzakelijk de mening', 'niet verantwoordelijk voor de inhoud van externe'],
  reportingWords: ['zei', 'zegt', 'zeggen', 'zeiden', 'meldt', 'meldde', 'aldus', 'volgens', 'verklaarde', 'liet weten', 'maakte bekend', 'kondigde'],
  timeSuffixes: ['uur'],
};
