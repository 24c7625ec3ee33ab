/**
 * German page-interface vocabulary for extraction. Hand-written from the generic chrome of
 * German news sites (share and reading-time labels, comment sections, "Mehr dazu" boxes,
 * relative stamps such as "vor 13 Minuten") and from general German date words.
 */
import type { ExtractLocale } from '../types.js';

/** The German extraction vocabulary. */
export const DE: ExtractLocale = {
  code: 'de',
  interfaceLines: [
    'Artikel teilen', 'Teilen', 'Drucken', 'Merken', 'Link kopieren', 'Anmelden', 'Abmelden', 'Registrieren',
    'Abonnieren', 'Suche', 'Suchen', 'Menü', 'Schließen', 'Anzeige', 'Werbung', 'Zum Inhalt springen', 'Nach oben',
    'Artikel anhören', 'Vorlesen', 'Startseite', 'Artikel merken', 'Folgen Sie uns', 'Mehr laden', 'Alle anzeigen',
    'Nächster Artikel', 'Vorheriger Artikel', 'Zur Startseite', 'Jetzt lesen', 'Weiterlesen',
    'Mit Freunden teilen', 'Rezept drucken', 'Artikel drucken', 'Vorschau auf den nächsten Artikel',
    'Sie sind nicht eingeloggt.', 'Sie sind aktuell nicht eingeloggt.', 'Alle Angaben ohne Gewähr', '(Alle Angaben ohne Gewähr)',
  ],
  interfacePrefixes: ['Anzeige', 'Klicken Sie hier', 'Lesedauer', 'Lesezeit', 'Bildquelle', 'Zum Artikel', 'Jetzt abonnieren'],
  interfacePatterns: ['lesedauer:?\\s*\\d+\\s*min(?:\\.|uten?)?', 'lesezeit:?\\s*\\d+\\s*min(?:\\.|uten?)?'],
  promptWords: ['webmail', 'newsletter', 'cookies', 'cookie', 'cookie-einstellungen', 'javascript', 'werbeblocker', 'adblocker'],
  digestHeadings: [
    'Mehr aus', 'Mehr Nachrichten', 'Weitere Nachrichten', 'Weitere Meldungen', 'Neueste Artikel',
    'Neueste Nachrichten', 'Meistgelesen', 'Meistgelesene Artikel', 'Aktuelle Meldungen',
  ],
  relatedMarkers: [
    'Mehr dazu', 'Mehr zum Thema', 'Lesen Sie auch', 'Lesen Sie mehr', 'Auch interessant',
    'Das könnte Sie auch interessieren', 'Passend dazu', 'Zum Thema', 'Empfehlungen',
    'Weitere Informationen', 'Zusatzinformationen', 'Zum Weiterlesen', 'Weiterführende Links', 'Weiterführende Informationen',
    'Quellenangaben', 'Weitere Themen',
  ],
  endMarkers: ['Ähnliche Beiträge', 'Ähnliche Artikel', 'Verwandte Artikel', 'Verwandte Beiträge', 'Weitere Beiträge', 'Weitere Beiträge aus der Kolumne', 'Mehr Kolumnen', 'Über den Autor', 'Über die Autorin', 'Zum Autor', 'Zur Autorin', 'Das könnte dich auch interessieren', 'Sie könnten auch an folgenden Artikeln interessiert sein'],
  commentMarkers: ['Kommentare', 'Kommentar schreiben', 'Kommentieren', 'Leserkommentare'],
  commentCountLabels: ['Kommentar', 'Kommentare'],
  commentClassWords: ['kommentare', 'leserkommentare', 'kommentarbereich', 'kommentarliste', 'lesermeinungen'],
  relativeStamps: [
    'vor (?:\\d+|einer|einem|zwei|drei|vier|fünf) (?:Sekunden?|Minuten?|Min\\.?|Stunden?|Std\\.?|Tagen?|Wochen?)',
    'gerade eben',
  ],
  photoLabels: ['Foto', 'Fotos', 'Bild', 'Bilder', 'Titelbild', 'Beitragsbild', 'Titelfoto', 'Bildquelle'],
  figureLabels: ['Abbildung', 'Abb.', 'Grafik', 'Schaubild'],
  creditViaWords: ['über'],
  sourceLabels: ['Quelle', 'Quellen'],
  bylinePrefixes: ['Von'],
  nameJoiners: ['und', 'von', 'der', 'zu', 'vom'],
  attributionWords: ['laut', 'nach Angaben', 'mit Material von'],
  months: [
    ['Januar', 'Jänner', 'Jan'], ['Februar', 'Feb'], ['März', 'Mär', 'Mrz'], ['April', 'Apr'], ['Mai'], ['Juni', 'Jun'],
    ['Juli', 'Jul'], ['August', 'Aug'], ['September', 'Sept', 'Sep'], ['Oktober', 'Okt'], ['November', 'Nov'],
    ['Dezember', 'Dez'],
  ],
  weekdays: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonnabend', 'Sonntag', 'Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'],
  datePrefixes: ['Aktualisiert am', 'Aktualisiert', 'Zuletzt aktualisiert', 'Veröffentlicht am', 'Veröffentlicht', 'Veröffentlichung', 'Stand', 'Erstellt am'],
  updateLabels: ['Aktualisiert', 'Aktualisiert am', 'Aktualisiert um', 'Zuletzt aktualisiert', 'Geändert', 'Geändert am', 'Zuletzt geändert'],
  readerPronouns: ['dich', 'dir', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'euch', 'Sie', 'Ihnen', 'Ihr', 'Ihre', 'Ihren', 'Ihrem', 'Ihrer'],
  callToActionWords: ['abonnieren', 'abonniere', 'abonniert', 'Abo', 'Abonnement', 'herunterladen', 'downloaden', 'folgen Sie uns', 'folge uns', 'folgt uns', 'teilen', 'Newsletter', 'spenden', 'Spende', 'unterstützen Sie', 'unterstütze', 'unterstützt uns', 'App', 'registrieren', 'unsere Arbeit', 'deine Unterstützung', 'Ihre Unterstützung', 'eure Unterstützung'],
  rightsReserved: ['Alle Rechte vorbehalten'],
  disclaimers: ['geben nicht unbedingt die Meinung', 'geben nicht notwendigerweise die Meinung', 'spiegeln nicht unbedingt die Meinung', 'für den Inhalt externer Seiten', 'für die Inhalte externer Seiten'],
  reportingWords: ['sagte', 'sagt', 'sagten', 'teilte', 'erklärte', 'berichtet', 'berichtete', 'meldete', 'laut', 'zufolge', 'kündigte'],
  timeSuffixes: ['Uhr', 'MEZ', 'MESZ'],
};
