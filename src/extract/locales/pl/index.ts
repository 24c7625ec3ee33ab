/**
 * Polish page-interface vocabulary for extraction. Hand-written from the generic chrome of
 * Polish-language news sites (udostępnij, komentarze, "Czytaj też" boxes, reading-time labels
 * such as "Ten tekst przeczytasz w 2 minuty", subscription prompts, relative stamps such as
 * "3 godziny temu") and from general Polish date words (nominative and genitive month names).
 * Words shared with other languages or common in reporting (`was`, `na`, `państwa`) are left out on purpose (extraction uses
 * the union of all locales).
 */
import type { ExtractLocale } from '../types.js';

/** The Polish extraction vocabulary. */
export const PL: ExtractLocale = {
  code: 'pl',
  interfaceLines: [
    'Udostępnij', 'Drukuj', 'Zapisz', 'Kopiuj link', 'Zaloguj się', 'Szukaj', 'Zamknij', 'Reklama',
    'Wróć na górę', 'Obserwuj', 'Pokaż więcej', 'Zobacz więcej', 'Następny artykuł', 'Poprzedni artykuł', 'Publikacja',
  ],
  interfacePrefixes: ['Reklama', 'Kliknij tutaj', 'Czas czytania', 'Materiał sponsorowany', 'Artykuł sponsorowany'],
  interfacePatterns: [
    'czas czytania\\s*:?\\s*\\d+\\s*min(?:\\.|ut[ya]?)?',
    'ten tekst przeczytasz w (?:mniej niż )?(?:\\d+ )?minut[ęy]?',
  ],
  promptWords: ['newsletter', 'cookies', 'cookie', 'javascript', 'adblocker', 'adblock'],
  digestHeadings: ['Więcej wiadomości', 'Najnowsze wiadomości', 'Najczęściej czytane', 'Najpopularniejsze', 'Polecane'],
  relatedMarkers: ['Czytaj też', 'Czytaj także', 'Zobacz też', 'Zobacz także', 'Czytaj więcej', 'Przeczytaj też', 'Przeczytaj także'],
  endMarkers: ['Powiązane artykuły', 'Podobne artykuły', 'O autorze'],
  commentMarkers: ['Komentarze', 'Dodaj komentarz', 'Skomentuj'],
  commentCountLabels: ['Komentarz', 'Komentarze', 'Komentarzy'],
  // No class words: the bare word (`comentarios`) also names WordPress tag and category classes
  // on the article element itself (`tag-…-comentarios`), which then read as a comment section.
  commentClassWords: [],
  relativeStamps: ['(?:\\d+ (?:sekund[y]?|minut[ęy]?|min\\.?|godzin[ęy]?|godz\\.?|dni|tygodni[e]?)|minutę|godzinę|dzień|tydzień) temu'],
  photoLabels: ['Foto', 'Fot.', 'Zdjęcie', 'Źródło zdjęcia'],
  figureLabels: ['Rysunek', 'Rys.', 'Wykres', 'Tabela'],
  creditViaWords: ['via'],
  sourceLabels: ['Źródło'],
  bylinePrefixes: ['Autor:'],
  nameJoiners: ['i'],
  attributionWords: ['według', 'za'],
  months: [
    ['styczeń', 'stycznia', 'sty'], ['luty', 'lutego', 'lut'], ['marzec', 'marca', 'mar'], ['kwiecień', 'kwietnia', 'kwi'],
    ['maj', 'maja'], ['czerwiec', 'czerwca', 'cze'], ['lipiec', 'lipca', 'lip'], ['sierpień', 'sierpnia', 'sie'],
    ['wrzesień', 'września', 'wrz'], ['październik', 'października', 'paź'], ['listopad', 'listopada', 'lis'],
    ['grudzień', 'grudnia', 'gru'],
  ],
  weekdays: ['poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela'],
  datePrefixes: ['Publikacja', 'Aktualizacja', 'Opublikowano', 'Zaktualizowano'],
  updateLabels: ['Aktualizacja', 'Zaktualizowano', 'Ostatnia aktualizacja'],
  readerPronouns: ['twój', 'twoja', 'twoje', 'ciebie'],
  callToActionWords: [
    'subskrybuj', 'zasubskrybuj', 'subskrypcji', 'subskrypcję', 'prenumeraty', 'obserwuj', 'pobierz', 'udostępnij',
    'wesprzyj', 'zapisz się', 'zapraszamy', 'zarejestruj się',
  ],
  rightsReserved: ['Wszelkie prawa zastrzeżone', 'Materiał chroniony prawem autorskim'],
  disclaimers: ['nie odpowiada za treść komentarzy', 'nie muszą odzwierciedlać'],
  reportingWords: ['powiedział', 'powiedziała', 'według', 'stwierdził', 'stwierdziła', 'dodał', 'dodała', 'poinformował'],
  timeSuffixes: [],
};
