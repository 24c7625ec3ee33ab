/**
 * Portuguese page-interface vocabulary for extraction. Hand-written from the generic chrome of
 * Portuguese-language news sites (compartilhe, comentários, "Veja também"/"Leia também" boxes,
 * subscription prompts, relative stamps such as "há 3 horas") and from general Portuguese date
 * words (European and Brazilian forms). Short words shared with other languages (`te`, `seu`) are
 * left out on purpose (extraction uses the union of all locales).
 */
import type { ExtractLocale } from '../types.js';

/** The Portuguese extraction vocabulary. */
export const PT: ExtractLocale = {
  code: 'pt',
  interfaceLines: [
    'Compartilhe', 'Compartilhar', 'Partilhar', 'Partilhe', 'Imprimir', 'Salvar', 'Copiar link', 'Entrar', 'Assine',
    'Buscar', 'Pesquisar', 'Fechar', 'Publicidade', 'Voltar ao topo', 'Siga-nos', 'Ver mais', 'Carregar mais',
    'Ouvir notícia', 'Ouça este conteúdo',
  ],
  interfacePrefixes: ['Publicidade', 'Clique aqui', 'Tempo de leitura', 'Conteúdo patrocinado'],
  interfacePatterns: ['tempo de leitura\\s*:?\\s*\\d+\\s*min(?:\\.|utos?)?', 'leitura\\s*:?\\s*\\d+\\s*min(?:\\.|utos?)?'],
  promptWords: ['newsletter', 'cookies', 'cookie', 'javascript', 'adblocker', 'bloqueador de anúncios'],
  digestHeadings: ['Mais notícias', 'Últimas notícias', 'Mais lidas', 'Mais lidos', 'Em destaque'],
  relatedMarkers: ['Veja também', 'Leia também', 'Leia mais', 'Saiba mais', 'Ver também', 'Relacionadas'],
  endMarkers: ['Notícias relacionadas', 'Matérias relacionadas', 'Artigos relacionados', 'Sobre o autor'],
  commentMarkers: ['Comentários', 'Deixe um comentário', 'Deixe seu comentário'],
  commentCountLabels: ['Comentário', 'Comentários'],
  // No class words: the bare word (`comentarios`) also names WordPress tag and category classes
  // on the article element itself (`tag-…-comentarios`), which then read as a comment section.
  commentClassWords: [],
  relativeStamps: ['há (?:\\d+|um|uma|dois|duas|três) (?:segundos?|minutos?|min\\.?|horas?|h|dias?|semanas?)'],
  photoLabels: ['Foto', 'Fotos', 'Imagem', 'Crédito'],
  figureLabels: ['Figura', 'Fig.', 'Gráfico', 'Tabela'],
  creditViaWords: ['via'],
  sourceLabels: ['Fonte', 'Fontes'],
  bylinePrefixes: ['Por'],
  nameJoiners: ['e', 'de', 'da', 'do', 'dos', 'das'],
  attributionWords: ['segundo', 'com'],
  months: [
    ['janeiro', 'jan'], ['fevereiro', 'fev'], ['março', 'mar'], ['abril', 'abr'], ['maio', 'mai'], ['junho', 'jun'],
    ['julho', 'jul'], ['agosto', 'ago'], ['setembro', 'set'], ['outubro', 'out'], ['novembro', 'nov'], ['dezembro', 'dez'],
  ],
  weekdays: ['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo'],
  datePrefixes: ['Publicado em', 'Atualizado em', 'Publicado', 'Atualizado'],
  updateLabels: ['Atualizado', 'Atualizado em', 'Atualizado às', 'Última atualização', 'Actualizado'],
  readerPronouns: ['você', 'vocês'],
  callToActionWords: ['assine', 'assinatura', 'inscreva-se', 'siga-nos', 'baixe', 'compartilhe', 'partilhe', 'apoie', 'faça uma doação', 'cadastre-se'],
  rightsReserved: ['Todos os direitos reservados'],
  disclaimers: ['as opiniões expressas', 'não refletem necessariamente'],
  reportingWords: ['disse', 'afirmou', 'segundo', 'de acordo com', 'declarou', 'explicou', 'informou'],
  timeSuffixes: ['h'],
};
