/**
 * The default per-item pipeline, as data: an ordered list of stages. Each later issue deepens
 * one stage; the order matters (dates read the language, entities read the language, events
 * read entities and time expressions).
 */
import { datesStage, publishedBoundStage } from '../dates/index.js';
import { entitiesStage } from '../entities/index.js';
import { eventsStage } from '../events/index.js';
import { languageStage } from '../language/index.js';
import type { Stage } from './stage.js';

/** Language → dates → entities → events → bounds on an undated item's publication from its dated events. */
export const DEFAULT_STAGES: readonly Stage[] = Object.freeze([languageStage, datesStage, entitiesStage, eventsStage, publishedBoundStage]);
