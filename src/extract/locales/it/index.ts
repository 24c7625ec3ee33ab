/**
 * Italian page-interface vocabulary for extraction. Hand-written from the generic chrome of
 * Italian-language news sites (condividi, commenti, "Leggi anche" boxes, subscription prompts,
 * relative stamps such as "3 ore fa") and from general Italian date words. Short words shared
 * with other languages are left out on purpose (extraction uses the union of all locales).
 */
import type { ExtractLocale } from '../types.js';

/** The Italian extraction vocabulary. */
export const IT: ExtractLocale = {
  code: 'it',
  interfaceLines: [
    'Condividi', 'Condividi su Facebook', 'Condividi su Twitter', 'Stampa', 'Salva', 'Copia link', 'Accedi',
    'Abbonati', 'Cerca', 'Chiudi', 'Pubblicità', 'Torna su', 'Seguici', 'Mostra di più', 'Carica altri',
    'Articolo precedente', 'Articolo successivo',
  ],
  interfacePrefixes: ['Pubblicità', 'Clicca qui', 'Tempo di lettura', 'Contenuto sponsorizzato'],
  interfacePatterns: ['tempo di lettura\\s*:?\\s*\\d+\\s*min(?:\\.|uti)?', 'lettura\\s*:?\\s*\\d+\\s*min(?:\\.|uti)?'],
  promptWords: ['newsletter', 'cookies', 'cookie', 'javascript', 'adblocker', 'blocco della pubblicità'],
  digestHeadings: ['Altre notizie', 'Ultime notizie', 'I più letti', 'Più letti', 'In evidenza', 'Ultim\'ora'],
  relatedMarkers: ['Leggi anche', 'Potrebbe interessarti', 'Vedi anche', 'Approfondisci', 'Per saperne di più'],
  endMarkers: ['Articoli correlati', 'Notizie correlate', 'Ti potrebbe interessare', 'Sull\'autore'],
  commentMarkers: ['Commenti', 'Lascia un commento', 'Scrivi un commento'],
  commentCountLabels: ['Commento', 'Commenti'],
  // No class words: the bare word (`comentarios`) also names WordPress tag and category classes
  // on the article element itself (`tag-…-comentarios`), which then read as a comment section.
  commentClassWords: [],
  relativeStamps: ['(?:\\d+|un|una|due|tre) (?:secondi|minuti|min\\.?|ore|ora|giorni|giorno|settimane) fa'],
  photoLabels: ['Foto', 'Immagine', 'Credito'],
  figureLabels: ['Figura', 'Fig.', 'Grafico', 'Tabella'],
  creditViaWords: ['via'],
  sourceLabels: ['Fonte', 'Fonti'],
  bylinePrefixes: [],
  nameJoiners: ['e', 'di', 'da', 'de', 'del', 'della'],
  attributionWords: ['secondo', 'con'],
  months: [
    ['gennaio', 'gen'], ['febbraio', 'feb'], ['marzo', 'mar'], ['aprile', 'apr'], ['maggio', 'mag'], ['giugno', 'giu'],
    ['luglio', 'lug'], ['agosto', 'ago'], ['settembre', 'set'], ['ottobre', 'ott'], ['novembre', 'nov'], ['dicembre', 'dic'],
  ],
  weekdays: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
  datePrefixes: ['Pubblicato il', 'Aggiornato il', 'Pubblicato', 'Aggiornato'],
  updateLabels: ['Aggiornato', 'Aggiornato il', 'Aggiornato alle', 'Ultimo aggiornamento', 'Modificato'],
  readerPronouns: ['tuo', 'tua', 'tuoi', 'vostro', 'vostra'],
  callToActionWords: ['abbonati', 'abbonamento', 'iscriviti', 'seguici', 'scarica', 'condividi', 'sostienici', 'fai una donazione', 'registrati'],
  rightsReserved: ['Tutti i diritti riservati', 'Riproduzione riservata'],
  disclaimers: ['le opinioni espresse', 'non riflettono necessariamente'],
  reportingWords: ['ha detto', 'ha dichiarato', 'secondo', 'ha spiegato', 'ha affermato', 'ha aggiunto'],
  timeSuffixes: [],
};
