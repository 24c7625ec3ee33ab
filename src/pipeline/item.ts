/**
 * Building items. Extraction calls {@link newItem} once per article or brief it finds.
 */
import type { Item, RawDocument } from './types.js';

/** The fields extraction sets on a new item; everything else starts empty. */
export interface ItemInit {
  index: number;
  kind: Item['kind'];
  title: string | null;
  text: string;
  byline?: string | null;
  dateline?: Item['dateline'];
  dateCandidates?: Item['dateCandidates'];
  fields?: Partial<Item['fields']>;
  declaredLang?: string | null;
  url?: string | null;
  messages?: Item['messages'];
}

/** A new item of `document`, with the later stages' fields empty. */
export function newItem(document: RawDocument, init: ItemInit): Item {
  return {
    source: document.source,
    index: init.index,
    documentHash: document.hash,
    kind: init.kind,
    title: init.title,
    text: init.text,
    url: init.url ?? document.url,
    id: document.hints.id ?? null,
    byline: init.byline ?? null,
    dateline: init.dateline ?? null,
    capturedAt: document.capturedAt.date,
    dateCandidates: init.dateCandidates ?? [],
    fields: {
      captions: init.fields?.captions ?? [],
      credits: init.fields?.credits ?? [],
      sources: init.fields?.sources ?? [],
      siteName: init.fields?.siteName ?? null,
    },
    declaredLang: init.declaredLang ?? document.hints.lang ?? null,
    lang: null,
    published: null,
    times: [],
    mentions: [],
    events: [],
    messages: init.messages ?? [],
  };
}
