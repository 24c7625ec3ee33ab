/**
 * Spanish page-interface vocabulary for extraction. Hand-written from the generic chrome of
 * Spanish-language news sites (compartir, comentarios, "Lee también" boxes, rating and
 * subscription prompts, relative stamps such as "hace 3 horas") and from general Spanish date words.
 * Words shared with other languages (`te`, `su`, `dona`) are left out on purpose: extraction uses
 * the union of all locales, so a Spanish pronoun must not also be a common Dutch or French word.
 */
import type { ExtractLocale } from '../types.js';

/** The Spanish extraction vocabulary. */
export const ES: ExtractLocale = {
  code: 'es',
  interfaceLines: [
    'Compartir', 'Compartir en Facebook', 'Compartir en Twitter', 'Compartir en WhatsApp', 'Imprimir', 'Guardar',
    'Copiar enlace', 'Iniciar sesión', 'Suscríbete', 'Menú', 'Buscar', 'Cerrar', 'Publicidad', 'Inicio',
    'Volver arriba', 'Escuchar noticia', 'Escuchar artículo', 'Síguenos', 'Ver más', 'Cargar más',
    'Valora esta noticia', 'Valora este artículo', 'Noticia anterior', 'Noticia siguiente',
  ],
  interfacePrefixes: ['Publicidad', 'Haz clic aquí', 'Tiempo de lectura', 'Contenido patrocinado'],
  interfacePatterns: ['tiempo de lectura\\s*:?\\s*\\d+\\s*min(?:\\.|utos?)?', 'lectura\\s*:?\\s*\\d+\\s*min(?:\\.|utos?)?'],
  promptWords: ['newsletter', 'boletín', 'cookies', 'cookie', 'javascript', 'adblocker', 'bloqueador de anuncios'],
  digestHeadings: ['Más noticias', 'Últimas noticias', 'Lo más leído', 'Más leídas', 'En portada'],
  relatedMarkers: ['Lee también', 'Lea también', 'Leer también', 'Te puede interesar', 'Le puede interesar', 'Lee más', 'Ver también', 'Más información', 'Relacionado', 'Relacionada'],
  endMarkers: ['Noticias relacionadas', 'Artículos relacionados', 'Sobre el autor', 'Te recomendamos'],
  commentMarkers: ['Comentarios', 'Tus comentarios', 'Deja un comentario', 'Deja tu comentario', 'Escribe un comentario'],
  commentCountLabels: ['Comentario', 'Comentarios'],
  // No class words: the bare word (`comentarios`) also names WordPress tag and category classes
  // on the article element itself (`tag-…-comentarios`), which then read as a comment section.
  commentClassWords: [],
  relativeStamps: [
    'hace (?:\\d+|una?|dos|tres) (?:segundos?|minutos?|min\\.?|horas?|h|días?|semanas?)',
  ],
  photoLabels: ['Foto', 'Fotos', 'Fotografía', 'Imagen', 'Crédito', 'Ilustración'],
  figureLabels: ['Figura', 'Fig.', 'Gráfico', 'Tabla'],
  creditViaWords: ['vía', 'via'],
  sourceLabels: ['Fuente', 'Fuentes'],
  bylinePrefixes: ['Por'],
  nameJoiners: ['y', 'de', 'del', 'la', 'los'],
  attributionWords: ['según', 'con'],
  months: [
    ['enero', 'ene'], ['febrero', 'feb'], ['marzo', 'mar'], ['abril', 'abr'], ['mayo', 'may'], ['junio', 'jun'],
    ['julio', 'jul'], ['agosto', 'ago'], ['septiembre', 'setiembre', 'sept', 'sep'], ['octubre', 'oct'],
    ['noviembre', 'nov'], ['diciembre', 'dic'],
  ],
  weekdays: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
  datePrefixes: ['Publicado el', 'Actualizado el', 'Publicado', 'Actualizado'],
  updateLabels: ['Actualizado', 'Actualizado el', 'Actualizado a las', 'Última actualización', 'Modificado'],
  readerPronouns: ['tú', 'tu', 'tus', 'usted', 'ustedes', 'vosotros'],
  callToActionWords: [
    'suscríbete', 'suscríbase', 'suscribirte', 'suscripción', 'únete', 'síguenos', 'descarga la app', 'descarga nuestra app', 'descárgate',
    'comparte', 'boletín', 'apóyanos', 'haz una donación', 'cancela cuando quieras', 'canal de telegram',
    'canal de whatsapp', 'canal de youtube', 'regístrate',
  ],
  rightsReserved: ['Todos los derechos reservados'],
  disclaimers: ['no se hace responsable de las opiniones', 'las opiniones expresadas', 'no necesariamente reflejan'],
  reportingWords: ['dijo', 'afirmó', 'según', 'señaló', 'explicó', 'aseguró', 'declaró', 'indicó', 'informó'],
  timeSuffixes: ['h', 'hs', 'horas'],
};
